import { describeShape } from './shapes/common';
import { fanOut } from './shapes/fan-out';

describeShape(fanOut);
