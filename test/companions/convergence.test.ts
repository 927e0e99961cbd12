import { Duration, type Stack, Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Stack as CdkStack } from 'aws-cdk-lib';
import { backupPlan } from '../../examples/companions/backup-plan';
import { encryptionKey } from '../../examples/companions/encryption-key';
import { logBucket } from '../../examples/companions/log-bucket';
import { InsecureStack } from '../../examples/insecure-stack';
import { findings, type Form, shown } from './findings';

/**
 * examples/insecure-stack.ts with every fix its findings name applied once, as a user following the
 * console would: each line's `Fix:` on its resource, and each resource a fix names made as
 * docs/fixes.md shows (one log bucket, one key, one log group, one backup plan for the stack).
 */
function fixedInsecureStack(stack: Stack): void {
  const key = encryptionKey(stack);
  const logs = logBucket(stack);
  const plan = backupPlan(stack, 'BackupPlan', key);

  // s3-bucket-block-public-access, -require-tls, -acls-disabled, -versioning, -server-access-logging
  new s3.Bucket(stack, 'OpenBucket', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    enforceSSL: true,
    versioned: true,
    serverAccessLogsBucket: logs,
    serverAccessLogsPrefix: 'open-bucket/',
  });

  // ec2-subnet-no-auto-public-ip, ec2-vpc-default-security-group-restricted, ec2-vpc-flow-logs
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    restrictDefaultSecurityGroup: true,
    subnetConfiguration: [
      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false },
      { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
  });
  vpc.addFlowLog('FlowLog');

  // ec2-security-group-no-public-high-risk-ports, ec2-security-group-public-ports-authorized
  const sg = new ec2.SecurityGroup(stack, 'AdminSg', { vpc });
  sg.addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), ec2.Port.tcp(22), 'SSH from the office');
  sg.addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), ec2.Port.tcp(3389), 'RDP from the office');

  // ec2-instance-ebs-encrypted, -imdsv2-required, -no-public-ip, -ssm-managed, -patched
  const bastion = new ec2.Instance(stack, 'Bastion', {
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    securityGroup: sg,
    associatePublicIpAddress: false,
    requireImdsv2: true,
    ssmSessionPermissions: true,
    blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true }) }],
  });
  Tags.of(bastion).add('PatchGroup', 'bastion');
  new ssm.CfnAssociation(stack, 'PatchBastion', {
    name: 'AWS-RunPatchBaseline',
    parameters: { Operation: ['Install'] },
    targets: [{ key: 'tag:PatchGroup', values: ['bastion'] }],
  });

  // ec2-volume-encrypted, ec2-volume-backup-plan
  const scratch = new ec2.CfnVolume(stack, 'Scratch', { availabilityZone: 'eu-west-1a', size: 100, encrypted: true });
  Tags.of(scratch).add('backup', 'daily');
  plan.addSelection('Volumes', { resources: [backup.BackupResource.fromTag('backup', 'daily')] });

  // rds-instance-*: every setting its lines name, on MySQL
  const database = new rds.DatabaseInstance(stack, 'Database', {
    engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    publiclyAccessible: false,
    storageEncrypted: true,
    storageEncryptionKey: key,
    parameters: { require_secure_transport: 'ON' },
    backupRetention: Duration.days(7),
    autoMinorVersionUpgrade: true,
    deletionProtection: true,
    monitoringInterval: Duration.seconds(60),
    iamAuthentication: true,
    cloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'],
    multiAz: true,
  });
  // secretsmanager-secret-rotation-enabled
  database.secret?.addRotationSchedule('Rotation', {
    hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(),
    automaticallyAfter: Duration.days(30),
  });

  // iam-managed-policy-no-full-admin and its neighbours: one action on one resource
  new iam.ManagedPolicy(stack, 'GodMode', {
    statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [logs.arnForObjects('*')] })],
  });
  // iam-user-no-direct-policies, iam-inline-policy-no-service-wildcard
  const user = new iam.User(stack, 'Deployer');
  new iam.Group(stack, 'Readers', {
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3ReadOnlyAccess')],
  }).addUser(user);

  // lambda-function-runtime-supported, lambda-url-auth-required
  const fn = new lambda.Function(stack, 'Legacy', {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  });
  fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });

  // sqs-queue-encrypted, sqs-queue-require-tls
  new sqs.Queue(stack, 'PlainQueue', { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true });
}

const ENV = { env: { region: 'eu-west-1' } };

describe.each<Form>(['aspect', 'plugin'])('following the fixes of the insecure example, checked by the %s', (form) => {
  it('reaches no error and no warning in one round', () => {
    const before = findings((app) => new InsecureStack(app, 'Insecure', ENV), form);
    const after = findings((app) => fixedInsecureStack(new CdkStack(app, 'Insecure', ENV)), form);
    const info = (f: typeof before) => f.found.filter((x) => x.severity === 'info').length;
    process.stdout.write(
      `${form}: round 0: ${shown(before.found).length} errors and warnings, ${info(before)} info, ${before.resources} resources; ` +
        `round 1: ${shown(after.found).length} errors and warnings, ${info(after)} info, ${after.resources} resources\n`,
    );
    expect(shown(before.found).length).toBeGreaterThan(30);
    expect(shown(after.found)).toEqual([]);
    // What is left is info, in the reports: advice (replication, code signing, ...) and what only a
    // person can attest: account settings outside the app, run-time state, and the data's class.
    expect([...new Set(after.found.filter((f) => f.outcome === 'needs-attestation').map((f) => f.dutyId))].sort()).toEqual([
      'account-config-recording',
      'account-ebs-encryption-by-default',
      'account-guardduty-enabled',
      'account-multi-region-trail',
      'account-root-hardware-mfa',
      'account-s3-block-public-access',
      'account-security-hub-enabled',
      'data-store-classification-tag',
      'secretsmanager-secret-rotation-succeeds',
      'ssm-instance-patch-compliance',
    ]);
    expect(after.found.every((f) => f.severity === 'info')).toBe(true);
  });
});
