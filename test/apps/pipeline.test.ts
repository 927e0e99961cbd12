import { describeShape } from './shapes/common';
import { pipeline } from './shapes/pipeline';

describeShape(pipeline);
