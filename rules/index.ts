import type { Duty } from '../lib/model/duty';
import type { ResourceTypeInfo } from '../lib/model/resource-type';
import { lazyArray, LazyCatalog, type ServiceModule } from '../lib/model/lazy-catalog';
import { MANIFEST } from './manifest';

/* eslint-disable @typescript-eslint/no-require-imports -- a service's duties load when a resource of its types is met (see lazy-catalog.ts) */
/**
 * The duty catalog: every duty, explicitly registered per service (no directory scanning).
 * Each service folder's index lists its duties sorted by id and its resource types. A service
 * loads when the engine meets a resource it covers: the package ships each service as its own
 * file (scripts/build.ts), so `require` of the library does not compile 400 duties' prose.
 */
const services: Readonly<Record<string, () => ServiceModule>> = {
  account: () => require('./account'),
  apigateway: () => require('./apigateway'),
  autoscaling: () => require('./autoscaling'),
  backup: () => require('./backup'),
  classification: () => require('./classification'),
  cloud9: () => require('./cloud9'),
  cloudfront: () => require('./cloudfront'),
  cloudtrail: () => require('./cloudtrail'),
  cloudwatch: () => require('./cloudwatch'),
  codebuild: () => require('./codebuild'),
  cognito: () => require('./cognito'),
  config: () => require('./config'),
  docdb: () => require('./docdb'),
  dynamodb: () => require('./dynamodb'),
  ec2: () => require('./ec2'),
  ecr: () => require('./ecr'),
  ecs: () => require('./ecs'),
  efs: () => require('./efs'),
  eks: () => require('./eks'),
  elasticache: () => require('./elasticache'),
  elasticbeanstalk: () => require('./elasticbeanstalk'),
  elb: () => require('./elb'),
  events: () => require('./events'),
  firehose: () => require('./firehose'),
  fsx: () => require('./fsx'),
  glue: () => require('./glue'),
  iam: () => require('./iam'),
  kinesis: () => require('./kinesis'),
  kms: () => require('./kms'),
  lambda: () => require('./lambda'),
  logs: () => require('./logs'),
  memorydb: () => require('./memorydb'),
  mq: () => require('./mq'),
  msk: () => require('./msk'),
  neptune: () => require('./neptune'),
  opensearch: () => require('./opensearch'),
  rds: () => require('./rds'),
  redshift: () => require('./redshift'),
  s3: () => require('./s3'),
  sagemaker: () => require('./sagemaker'),
  secretsmanager: () => require('./secretsmanager'),
  sns: () => require('./sns'),
  sqs: () => require('./sqs'),
  ssm: () => require('./ssm'),
  stepfunctions: () => require('./stepfunctions'),
  wafv2: () => require('./wafv2'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

export const catalogIndex = new LazyCatalog(services, MANIFEST);

/** Every duty, in catalog order; reading it loads every service. */
export const catalog: readonly Duty[] = lazyArray(() => catalogIndex.duties);
export const resourceTypes: readonly ResourceTypeInfo[] = lazyArray(() => catalogIndex.allResourceTypes());
