import { Duration, RemovalPolicy, Stack, Stage, Tags } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as pipelines from 'aws-cdk-lib/pipelines';
import type { Construct } from 'constructs';
import { type AppShape, ENV, type Variant } from './common';

/** The application the pipeline deploys: one stack with a data bucket and a table. */
class ServiceStage extends Stage {
  constructor(scope: Construct, id: string, variant: Variant) {
    super(scope, id, { env: ENV });
    const stack = new Stack(this, 'Service');
    const secure = variant === 'secure';
    const data = new s3.Bucket(stack, 'Data', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      ...(secure ? { enforceSSL: true, versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }] } : {}),
    });
    Tags.of(data).add('DataClassification', 'internal');
    const table = new dynamodb.Table(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      ...(secure ? { pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }, deletionProtection: true } : {}),
    });
    Tags.of(table).add('DataClassification', 'internal');
  }
}

/** A CDK Pipelines app: a self-mutating pipeline from a CodeStar connection (no network at synth), deploying a Stage. */
export const pipeline: AppShape = {
  name: 'CDK Pipelines app with stages',
  build: (app, variant) => {
    const stack = new Stack(app, 'Pipeline', { env: ENV });
    const cdkPipeline = new pipelines.CodePipeline(stack, 'Pipeline', {
      crossAccountKeys: variant === 'secure',
      enableKeyRotation: variant === 'secure',
      synth: new pipelines.ShellStep('Synth', {
        input: pipelines.CodePipelineSource.connection('example-org/service', 'main', {
          connectionArn: 'arn:aws:codeconnections:eu-west-1:111111111111:connection/00000000-0000-0000-0000-000000000000',
        }),
        commands: ['npm ci', 'npx cdk synth'],
      }),
    });
    cdkPipeline.addStage(new ServiceStage(app, 'Prod', variant));
  },
  insecureFindings: [
    { duty: 's3-bucket-require-tls', path: 'Prod/Service/Data' },
    { duty: 'dynamodb-table-point-in-time-recovery', path: 'Prod/Service/Table' },
    { duty: 'dynamodb-table-deletion-protection', path: 'Prod/Service/Table' },
  ],
};
