import { describeShape } from './shapes/common';
import { rdsWebApp } from './shapes/rds-web-app';

describeShape(rdsWebApp);
