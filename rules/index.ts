import type { Duty } from '../lib/model/duty';
import type { ResourceTypeInfo } from '../lib/model/resource-type';
import type { Catalog } from '../lib/model/catalog';
import { withEquivalents } from './cdk-nag-equivalents';
import * as account from './account';
import * as apigateway from './apigateway';
import * as appsync from './appsync';
import * as athena from './athena';
import * as autoscaling from './autoscaling';
import * as backup from './backup';
import * as classification from './classification';
import * as cloud9 from './cloud9';
import * as cloudfront from './cloudfront';
import * as cloudtrail from './cloudtrail';
import * as cloudwatch from './cloudwatch';
import * as codebuild from './codebuild';
import * as cognito from './cognito';
import * as config from './config';
import * as dms from './dms';
import * as docdb from './docdb';
import * as dynamodb from './dynamodb';
import * as ec2 from './ec2';
import * as ecr from './ecr';
import * as ecs from './ecs';
import * as efs from './efs';
import * as eks from './eks';
import * as elasticache from './elasticache';
import * as elasticbeanstalk from './elasticbeanstalk';
import * as elb from './elb';
import * as events from './events';
import * as firehose from './firehose';
import * as fsx from './fsx';
import * as glue from './glue';
import * as iam from './iam';
import * as kinesis from './kinesis';
import * as kms from './kms';
import * as lambda from './lambda';
import * as logs from './logs';
import * as memorydb from './memorydb';
import * as mq from './mq';
import * as msk from './msk';
import * as neptune from './neptune';
import * as opensearch from './opensearch';
import * as rds from './rds';
import * as redshift from './redshift';
import * as s3 from './s3';
import * as sam from './sam';
import * as sagemaker from './sagemaker';
import * as secretsmanager from './secretsmanager';
import * as sns from './sns';
import * as sqs from './sqs';
import * as ssm from './ssm';
import * as stepfunctions from './stepfunctions';
import * as transfer from './transfer';
import * as typesWithoutDuties from './types-without-duties';
import * as wafv2 from './wafv2';
import * as workspaces from './workspaces';

/**
 * The duty catalog: every duty, explicitly registered per service (no directory scanning).
 * Each service folder's index lists its duties sorted by id and its resource types.
 */
const services = [
  account,
  apigateway,
  appsync,
  athena,
  autoscaling,
  backup,
  classification,
  cloud9,
  cloudfront,
  cloudtrail,
  cloudwatch,
  codebuild,
  cognito,
  config,
  dms,
  docdb,
  dynamodb,
  ec2,
  ecr,
  ecs,
  efs,
  eks,
  elasticache,
  elasticbeanstalk,
  elb,
  events,
  firehose,
  fsx,
  glue,
  iam,
  kinesis,
  kms,
  lambda,
  logs,
  memorydb,
  mq,
  msk,
  neptune,
  opensearch,
  rds,
  redshift,
  s3,
  sam,
  sagemaker,
  secretsmanager,
  sns,
  sqs,
  ssm,
  stepfunctions,
  transfer,
  typesWithoutDuties,
  wafv2,
  workspaces,
];

// SAM resources are judged by the duties of the resources SAM generates (rules/sam).
export const catalog: readonly Duty[] = sam.withSam(services.flatMap((s) => s.duties.map(withEquivalents)));
export const resourceTypes: readonly ResourceTypeInfo[] = services.flatMap((s) => s.resourceTypes);

export const catalogIndex: Catalog = {
  duties: catalog,
  resourceTypes: new Map(resourceTypes.map((t) => [t.type, t])),
};
