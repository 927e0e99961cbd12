import { Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { synthWithChecks } from './harness';

/**
 * The secure variant of each common L2 construct, written as a careful user would: none may get an
 * error. A false positive on a correctly configured L2 costs more trust than a missed duty.
 */
const cases: Array<[string, (stack: Stack) => void]> = [
  ['s3.Bucket', (s) => new s3.Bucket(s, 'X', { enforceSSL: true, versioned: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })],
  [
    'dynamodb.Table',
    (s) =>
      new dynamodb.Table(s, 'X', {
        partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: true,
      }),
  ],
  [
    'dynamodb.TableV2',
    (s) =>
      new dynamodb.TableV2(s, 'X', {
        partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: true,
      }),
  ],
  ['sqs.Queue', (s) => new sqs.Queue(s, 'X', { enforceSSL: true })],
  ['sns.Topic', (s) => new sns.Topic(s, 'X', { enforceSSL: true, masterKey: new kms.Key(s, 'K', { enableKeyRotation: true }) })],
  ['kms.Key', (s) => new kms.Key(s, 'X', { enableKeyRotation: true })],
  ['logs.LogGroup', (s) => new logs.LogGroup(s, 'X', { retention: logs.RetentionDays.ONE_YEAR })],
  [
    'iam.Role',
    (s) =>
      new iam.Role(s, 'X', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(
        new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/*'] }),
      ),
  ],
  [
    'lambda.Function',
    (s) =>
      new lambda.Function(s, 'X', {
        runtime: lambda.Runtime.NODEJS_24_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => {}'),
        tracing: lambda.Tracing.ACTIVE,
      }),
  ],
  ['secretsmanager.Secret', (s) => new secretsmanager.Secret(s, 'X')],
  ['kinesis.Stream', (s) => new kinesis.Stream(s, 'X', { encryption: kinesis.StreamEncryption.KMS, retentionPeriod: Duration.days(7) })],
  [
    'cloudtrail.Trail',
    (s) => new cloudtrail.Trail(s, 'X', { sendToCloudWatchLogs: true, encryptionKey: new kms.Key(s, 'K', { enableKeyRotation: true }) }),
  ],
  [
    'cognito.UserPool',
    (s) =>
      new cognito.UserPool(s, 'X', {
        mfa: cognito.Mfa.REQUIRED,
        mfaSecondFactor: { otp: true, sms: false },
        deletionProtection: true,
        featurePlan: cognito.FeaturePlan.PLUS,
        standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      }),
  ],
  [
    'apigateway.RestApi',
    (s) => {
      const api = new apigw.RestApi(s, 'X', {
        cloudWatchRole: true,
        deployOptions: { loggingLevel: apigw.MethodLoggingLevel.INFO, tracingEnabled: true },
      });
      api.root.addMethod('GET', new apigw.MockIntegration(), { authorizationType: apigw.AuthorizationType.IAM });
    },
  ],
  [
    'ec2.Vpc',
    (s) =>
      new ec2.Vpc(s, 'X', {
        maxAzs: 2,
        natGateways: 1,
        restrictDefaultSecurityGroup: true,
        flowLogs: { all: {} },
        subnetConfiguration: [
          { name: 'pub', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false },
          { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        ],
      }),
  ],
  [
    'ec2.Instance',
    (s) => {
      const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 });
      new ec2.Instance(s, 'X', {
        vpc,
        instanceType: new ec2.InstanceType('t3.micro'),
        machineImage: ec2.MachineImage.latestAmazonLinux2023(),
        requireImdsv2: true,
        ssmSessionPermissions: true,
        blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true }) }],
      });
    },
  ],
  [
    'rds.DatabaseInstance',
    (s) => {
      const vpc = new ec2.Vpc(s, 'Vpc', {
        maxAzs: 2,
        natGateways: 0,
        subnetConfiguration: [{ name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
      });
      new rds.DatabaseInstance(s, 'X', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        storageEncrypted: true,
        multiAz: true,
        deletionProtection: true,
        iamAuthentication: true,
        backupRetention: Duration.days(7),
        parameters: { 'rds.force_ssl': '1' },
      });
    },
  ],
  [
    'rds.DatabaseCluster',
    (s) => {
      const vpc = new ec2.Vpc(s, 'Vpc', {
        maxAzs: 2,
        natGateways: 0,
        subnetConfiguration: [{ name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
      });
      new rds.DatabaseCluster(s, 'X', {
        engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        writer: rds.ClusterInstance.provisioned('W'),
        readers: [rds.ClusterInstance.provisioned('R')],
        storageEncrypted: true,
        deletionProtection: true,
        iamAuthentication: true,
        parameters: { 'rds.force_ssl': '1' },
      });
    },
  ],
  [
    'efs.FileSystem',
    (s) =>
      new efs.FileSystem(s, 'X', {
        vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 }),
        encrypted: true,
        enableAutomaticBackups: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
  ],
  [
    'elbv2.ApplicationLoadBalancer',
    (s) => {
      const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 0 });
      const lb = new elbv2.ApplicationLoadBalancer(s, 'X', {
        vpc,
        internetFacing: true,
        deletionProtection: true,
        dropInvalidHeaderFields: true,
      });
      lb.addListener('Https', {
        port: 443,
        certificates: [elbv2.ListenerCertificate.fromArn('arn:aws:acm:us-east-1:111111111111:certificate/abc')],
        sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
        defaultAction: elbv2.ListenerAction.fixedResponse(200),
      });
      lb.addRedirect();
    },
  ],
  [
    'ecs.FargateService',
    (s) => {
      const cluster = new ecs.Cluster(s, 'C', {
        vpc: new ec2.Vpc(s, 'Vpc', { maxAzs: 2, natGateways: 1 }),
        containerInsightsV2: ecs.ContainerInsights.ENABLED,
      });
      const task = new ecs.FargateTaskDefinition(s, 'T');
      task.addContainer('app', {
        image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:latest'),
        readonlyRootFilesystem: true,
        user: '1000',
        logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'app' }),
      });
      new ecs.FargateService(s, 'X', { cluster, taskDefinition: task });
    },
  ],
];

describe('secure L2 constructs get no error', () => {
  it.each(cases)('%s', (_name, build) => {
    const { results } = synthWithChecks((stack) => {
      build(stack);
      // Classified, so the data-store tag duty is satisfied as a careful user would.
      Tags.of(stack).add('DataClassification', 'internal');
    });
    const errors = results.resources.flatMap((r) =>
      r.duties
        .filter((d) => (d.outcome === 'unconfigured' || d.outcome === 'unknown') && d.severity === 'error')
        .map((d) => `${d.dutyId} on ${r.path}: ${d.detail?.slice(0, 160)}`),
    );
    expect(errors).toEqual([]);
  });
});
