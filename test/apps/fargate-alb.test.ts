import { describeShape } from './shapes/common';
import { fargateAlb } from './shapes/fargate-alb';

describeShape(fargateAlb);
