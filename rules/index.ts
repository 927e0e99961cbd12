import type { Duty } from '../lib/model/duty';
import type { ResourceTypeInfo } from '../lib/model/resource-type';
import { lazyArray, LazyCatalog, type ServiceModule } from '../lib/model/lazy-catalog';
import { withEquivalents } from './cdk-nag-equivalents';
import { withCompanions } from './companions';
import { MANIFEST } from './manifest';
import { type SamJudge, withSam } from './sam-targets';

/**
 * A service's duties as the catalog holds them: with their cdk-nag equivalents, and extended to
 * the AWS SAM resources that generate its resource types (rules/sam: a SAM resource is judged by
 * the duties of what SAM makes of it). `withSam` works duty by duty, so it applies per service.
 */
function service(m: ServiceModule): ServiceModule {
  return {
    duties: withSam(
      m.duties.map((d) => withEquivalents(withCompanions(d))),
      samJudge,
    ),
    resourceTypes: m.resourceTypes,
  };
}

/** The SAM expansions, loaded the first time a SAM resource is judged (most apps have none). */
function samJudge(): SamJudge {
  // Required here, not imported: the build leaves each service to its own file, loaded after the main bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./sam') as typeof import('./sam')).judgeOnSam;
}

/* eslint-disable @typescript-eslint/no-require-imports -- a service's duties load when a resource of its types is met (see lazy-catalog.ts) */
/**
 * The duty catalog: every duty, explicitly registered per service folder (no directory scanning).
 * Each service folder's index lists its duties sorted by id and its resource types. A service
 * loads when the engine meets a resource it covers: the package ships each service as its own
 * file (scripts/build.ts), so `require` of the library does not compile 400 duties' prose.
 */
const services: Readonly<Record<string, () => ServiceModule>> = {
  account: () => service(require('./account')),
  apigateway: () => service(require('./apigateway')),
  appsync: () => service(require('./appsync')),
  athena: () => service(require('./athena')),
  autoscaling: () => service(require('./autoscaling')),
  backup: () => service(require('./backup')),
  classification: () => service(require('./classification')),
  cloud9: () => service(require('./cloud9')),
  cloudfront: () => service(require('./cloudfront')),
  cloudtrail: () => service(require('./cloudtrail')),
  cloudwatch: () => service(require('./cloudwatch')),
  codebuild: () => service(require('./codebuild')),
  cognito: () => service(require('./cognito')),
  config: () => service(require('./config')),
  dlm: () => service(require('./dlm')),
  dms: () => service(require('./dms')),
  docdb: () => service(require('./docdb')),
  dynamodb: () => service(require('./dynamodb')),
  ec2: () => service(require('./ec2')),
  ecr: () => service(require('./ecr')),
  ecs: () => service(require('./ecs')),
  efs: () => service(require('./efs')),
  eks: () => service(require('./eks')),
  elasticache: () => service(require('./elasticache')),
  elasticbeanstalk: () => service(require('./elasticbeanstalk')),
  elb: () => service(require('./elb')),
  emr: () => service(require('./emr')),
  events: () => service(require('./events')),
  firehose: () => service(require('./firehose')),
  fsx: () => service(require('./fsx')),
  glue: () => service(require('./glue')),
  iam: () => service(require('./iam')),
  kinesis: () => service(require('./kinesis')),
  kms: () => service(require('./kms')),
  lambda: () => service(require('./lambda')),
  logs: () => service(require('./logs')),
  memorydb: () => service(require('./memorydb')),
  mq: () => service(require('./mq')),
  msk: () => service(require('./msk')),
  neptune: () => service(require('./neptune')),
  opensearch: () => service(require('./opensearch')),
  rds: () => service(require('./rds')),
  redshift: () => service(require('./redshift')),
  s3: () => service(require('./s3')),
  sam: () => service(require('./sam')),
  sagemaker: () => service(require('./sagemaker')),
  secretsmanager: () => service(require('./secretsmanager')),
  sns: () => service(require('./sns')),
  sqs: () => service(require('./sqs')),
  ssm: () => service(require('./ssm')),
  stepfunctions: () => service(require('./stepfunctions')),
  transfer: () => service(require('./transfer')),
  'types-without-duties': () => service(require('./types-without-duties')),
  wafv2: () => service(require('./wafv2')),
  workspaces: () => service(require('./workspaces')),
};
/* eslint-enable @typescript-eslint/no-require-imports */

export const catalogIndex = new LazyCatalog(services, MANIFEST);

/** Every duty, in catalog order; reading it loads every service. */
export const catalog: readonly Duty[] = lazyArray(() => catalogIndex.duties);
export const resourceTypes: readonly ResourceTypeInfo[] = lazyArray(() => catalogIndex.allResourceTypes());
