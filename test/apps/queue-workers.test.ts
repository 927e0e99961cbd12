import { describeShape } from './shapes/common';
import { queueWorkers } from './shapes/queue-workers';

describeShape(queueWorkers);
