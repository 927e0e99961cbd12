import { describeShape } from './shapes/common';
import { serverlessApi } from './shapes/serverless-api';

describeShape(serverlessApi);
