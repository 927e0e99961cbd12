import { Duration, RemovalPolicy, Stack, type StackProps, Tags, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';

/**
 * A web service as teams build it: a VPC, an HTTPS load balancer in front of EC2 instances in an
 * Auto Scaling group, a PostgreSQL database, an uploads bucket, a work queue and the roles that
 * tie them together — with the customer's side of the Shared Responsibility Model done.
 */
export class WebServiceStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const key = new kms.Key(this, 'DataKey', { enableKeyRotation: true, description: 'Web service data at rest' });

    const vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 1,
      restrictDefaultSecurityGroup: true,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false },
        { name: 'app', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ],
    });
    const flowLogGroup = new logs.LogGroup(this, 'FlowLogs', { retention: logs.RetentionDays.ONE_YEAR, encryptionKey: key });
    Tags.of(flowLogGroup).add('DataClassification', 'internal');
    vpc.addFlowLog('FlowLog', { destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup) });
    key.grantEncryptDecrypt(new iam.ServicePrincipal('logs.amazonaws.com'));

    const accessLogs = new s3.Bucket(this, 'AccessLogs', {
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // ELB and S3 server access log delivery only write to SSE-S3 buckets.
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(accessLogs).add('DataClassification', 'internal');

    const uploads = new s3.Bucket(this, 'Uploads', {
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(uploads).add('DataClassification', 'confidential');

    // Job payloads carry customer references: internal, not confidential.
    const deadLetters = new sqs.Queue(this, 'JobsDeadLetters', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      retentionPeriod: Duration.days(14),
    });
    const jobs = new sqs.Queue(this, 'Jobs', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: key,
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
    });
    Tags.of(jobs).add('DataClassification', 'internal');
    Tags.of(deadLetters).add('DataClassification', 'internal');

    // The instances: the customer owns everything above the hypervisor.
    const role = new iam.Role(this, 'WebRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
    });
    uploads.grantReadWrite(role);
    jobs.grantSendMessages(role);

    const webSg = new ec2.SecurityGroup(this, 'WebSg', { vpc, allowAllOutbound: true, description: 'Web instances' });
    const template = new ec2.LaunchTemplate(this, 'WebTemplate', {
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.SMALL),
      role,
      securityGroup: webSg,
      requireImdsv2: true,
      detailedMonitoring: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true, kmsKey: key }) }],
    });
    const web = new autoscaling.AutoScalingGroup(this, 'Web', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      launchTemplate: template,
      minCapacity: 2,
      maxCapacity: 6,
      healthChecks: autoscaling.HealthChecks.withAdditionalChecks({
        additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB],
        gracePeriod: Duration.minutes(5),
      }),
    });
    Tags.of(web).add('PatchGroup', 'web');

    // Patch Manager installs approved patches every Sunday on every instance tagged PatchGroup=web.
    new ssm.CfnAssociation(this, 'PatchWeb', {
      name: 'AWS-RunPatchBaseline',
      associationName: 'patch-web',
      scheduleExpression: 'cron(0 3 ? * SUN *)',
      targets: [{ key: 'tag:PatchGroup', values: ['web'] }],
      parameters: { Operation: ['Install'], RebootOption: ['RebootIfNeeded'] },
    });

    const lb = new elbv2.ApplicationLoadBalancer(this, 'Lb', {
      vpc,
      internetFacing: true,
      deletionProtection: true,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: elbv2.DesyncMitigationMode.DEFENSIVE,
    });
    lb.logAccessLogs(accessLogs, 'alb');
    const certificate = acm.Certificate.fromCertificateArn(
      this,
      'Cert',
      'arn:aws:acm:eu-west-1:111111111111:certificate/00000000-0000-0000-0000-000000000000',
    );
    const https = lb.addListener('Https', { port: 443, certificates: [certificate], sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS });
    https.addTargets('Web', { port: 8080, protocol: elbv2.ApplicationProtocol.HTTP, targets: [web], healthCheck: { path: '/health' } });
    lb.addRedirect({ sourcePort: 80, targetPort: 443 });

    const database = new rds.DatabaseInstance(this, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
      credentials: rds.Credentials.fromGeneratedSecret('webadmin', { encryptionKey: key }),
      multiAz: true,
      storageEncrypted: true,
      storageEncryptionKey: key,
      iamAuthentication: true,
      deletionProtection: true,
      backupRetention: Duration.days(14),
      copyTagsToSnapshot: true,
      monitoringInterval: Duration.minutes(1),
      cloudwatchLogsExports: ['postgresql', 'upgrade'],
      cloudwatchLogsRetention: logs.RetentionDays.ONE_YEAR,
      parameters: { 'rds.force_ssl': '1' },
      removalPolicy: RemovalPolicy.SNAPSHOT,
    });
    Tags.of(database).add('DataClassification', 'confidential');
    database.connections.allowDefaultPortFrom(webSg, 'Web instances');
    database.addRotationSingleUser({ automaticallyAfter: Duration.days(30) });
    Validations.of(database).acknowledge({
      id: 'rds-instance-in-backup-plan',
      reason:
        'Recovery relies on RDS automated backups (14 days, point-in-time) and a final snapshot; AWS Backup is not used for this service',
    });
    // Instances reach Systems Manager through the NAT gateway; interface endpoints would cost more than the traffic they save.
    Validations.of(vpc).acknowledge({
      id: 'ec2-vpc-ssm-endpoint',
      reason: 'SSM is reached through the NAT gateway; no interface endpoints by design',
    });
    database.grantConnect(role, 'app');
  }
}
