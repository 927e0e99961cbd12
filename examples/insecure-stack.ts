import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * Deliberately insecure: every construct here leaves a customer-side duty undone, so
 * `npm run example:insecure` fails `cdk synth` with errors that carry duty ids.
 */
export class InsecureStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    build(this);
  }
}

function build(stack: Stack): void {
  new s3.Bucket(stack, 'OpenBucket', {
    blockPublicAccess: new s3.BlockPublicAccess({
      blockPublicAcls: false,
      ignorePublicAcls: false,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    }),
    objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
  });

  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
  const sg = new ec2.SecurityGroup(stack, 'AdminSg', { vpc });
  sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH from anywhere');
  sg.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(3389), 'RDP from anywhere');

  new ec2.Instance(stack, 'Bastion', {
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
    machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    securityGroup: sg,
    associatePublicIpAddress: true,
  });

  new ec2.CfnVolume(stack, 'Scratch', { availabilityZone: 'eu-west-1a', size: 100 });

  new rds.DatabaseInstance(stack, 'Database', {
    engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
    publiclyAccessible: true,
    storageEncrypted: false,
    backupRetention: Duration.days(0),
    autoMinorVersionUpgrade: false,
  });

  new iam.ManagedPolicy(stack, 'GodMode', {
    statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
  });
  const user = new iam.User(stack, 'Deployer');
  user.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));

  const fn = new lambda.Function(stack, 'Legacy', {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  });
  fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

  new sqs.Queue(stack, 'PlainQueue', { encryption: sqs.QueueEncryption.UNENCRYPTED });
}
