import { bastion } from './shapes/bastion';
import { describeShape } from './shapes/common';

describeShape(bastion);
