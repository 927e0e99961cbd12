import { Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { type AppShape, ENV } from './common';

/** A containerized web service: Fargate tasks in private subnets behind an internet-facing Application Load Balancer. */
export const fargateAlb: AppShape = {
  name: 'ECS Fargate service behind an ALB',
  context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true },
  build: (app, variant) => {
    const secure = variant === 'secure';
    const stack = new Stack(app, 'Web', { env: ENV });
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 1,
      restrictDefaultSecurityGroup: secure,
      flowLogs: secure
        ? {
            all: {
              destination: ec2.FlowLogDestination.toCloudWatchLogs(
                new logs.LogGroup(stack, 'FlowLogs', { retention: logs.RetentionDays.ONE_YEAR }),
              ),
            },
          }
        : undefined,
    });
    const cluster = new ecs.Cluster(stack, 'Cluster', {
      vpc,
      containerInsightsV2: secure ? ecs.ContainerInsights.ENHANCED : ecs.ContainerInsights.DISABLED,
    });
    const task = new ecs.FargateTaskDefinition(stack, 'Task', { cpu: 256, memoryLimitMiB: 512 });
    const dbSecret = new secretsmanager.Secret(stack, 'DbSecret');
    task.addContainer('App', {
      image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1.27'),
      portMappings: [{ containerPort: 8080 }],
      ...(secure
        ? {
            readonlyRootFilesystem: true,
            user: '1000:1000',
            logging: ecs.LogDrivers.awsLogs({
              streamPrefix: 'app',
              logGroup: new logs.LogGroup(stack, 'AppLogs', { retention: logs.RetentionDays.ONE_YEAR }),
            }),
            secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret) },
          }
        : { privileged: true, environment: { DB_PASSWORD: 'not-a-real-password' } }),
    });
    const service = new ecs.FargateService(stack, 'Service', {
      cluster,
      taskDefinition: task,
      desiredCount: 2,
      assignPublicIp: !secure,
      vpcSubnets: { subnetType: secure ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PUBLIC },
      circuitBreaker: { rollback: true },
    });
    const lb = new elbv2.ApplicationLoadBalancer(stack, 'Lb', {
      vpc,
      internetFacing: true,
      ...(secure
        ? { deletionProtection: true, dropInvalidHeaderFields: true, desyncMitigationMode: elbv2.DesyncMitigationMode.DEFENSIVE }
        : {}),
    });
    if (!secure) {
      lb.addListener('Http', { port: 80, open: true }).addTargets('App', {
        port: 8080,
        targets: [service],
        healthCheck: { path: '/health' },
      });
      return;
    }
    const accessLogs = new s3.Bucket(stack, 'LbLogs', {
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(accessLogs).add('DataClassification', 'internal');
    lb.logAccessLogs(accessLogs, 'alb');
    const https = lb.addListener('Https', {
      port: 443,
      certificates: [
        acm.Certificate.fromCertificateArn(
          stack,
          'Cert',
          'arn:aws:acm:eu-west-1:111111111111:certificate/00000000-0000-0000-0000-000000000000',
        ),
      ],
      sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
    });
    https.addTargets('App', { port: 8080, protocol: elbv2.ApplicationProtocol.HTTP, targets: [service], healthCheck: { path: '/health' } });
    lb.addRedirect({ sourcePort: 80, targetPort: 443 });
    Tags.of(dbSecret).add('DataClassification', 'internal');
  },
  insecureFindings: [
    { duty: 'ecs-service-no-public-ip', path: 'Web/Service' },
    { duty: 'ecs-task-definition-no-privileged', path: 'Web/Task' },
    { duty: 'ecs-task-definition-no-secrets-in-environment', path: 'Web/Task' },
    { duty: 'elbv2-listener-http-redirect', path: 'Web/Lb/Http' },
    { duty: 'ec2-vpc-flow-logs', path: 'Web/Vpc' },
  ],
};
