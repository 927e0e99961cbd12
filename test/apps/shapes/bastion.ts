import { Stack, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { type AppShape, ENV } from './common';

/** A VPC with a bastion host reached through Systems Manager Session Manager, or (insecure) through SSH from anywhere. */
export const bastion: AppShape = {
  name: 'VPC with a bastion (EC2 + SSM)',
  build: (app, variant) => {
    const stack = new Stack(app, 'Net', { env: ENV });
    if (variant === 'insecure') {
      const vpc = new ec2.Vpc(stack, 'Vpc', {
        maxAzs: 2,
        natGateways: 0,
        subnetConfiguration: [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC }],
      });
      const sg = new ec2.SecurityGroup(stack, 'BastionSg', { vpc });
      sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'SSH from anywhere');
      new ec2.Instance(stack, 'Bastion', {
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
        machineImage: ec2.MachineImage.latestAmazonLinux2023(),
        securityGroup: sg,
        keyPair: ec2.KeyPair.fromKeyPairName(stack, 'Key', 'ops'),
        associatePublicIpAddress: true,
        blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: false }) }],
      });
      return;
    }
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      restrictDefaultSecurityGroup: true,
      subnetConfiguration: [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
      flowLogs: {
        all: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(
            new logs.LogGroup(stack, 'FlowLogs', { retention: logs.RetentionDays.ONE_YEAR }),
          ),
        },
      },
    });
    // An isolated VPC reaches Systems Manager and EC2 through interface endpoints.
    for (const [id, service] of [
      ['Ssm', ec2.InterfaceVpcEndpointAwsService.SSM],
      ['SsmMessages', ec2.InterfaceVpcEndpointAwsService.SSM_MESSAGES],
      ['Ec2Messages', ec2.InterfaceVpcEndpointAwsService.EC2_MESSAGES],
      ['Ec2', ec2.InterfaceVpcEndpointAwsService.EC2],
    ] as const) {
      vpc.addInterfaceEndpoint(id, { service });
    }
    const host = new ec2.BastionHostLinux(stack, 'Bastion', {
      vpc,
      subnetSelection: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      requireImdsv2: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(10, { encrypted: true }) }],
    });
    Tags.of(host).add('PatchGroup', 'bastion');
    new ssm.CfnAssociation(stack, 'PatchBastion', {
      name: 'AWS-RunPatchBaseline',
      associationName: 'patch-bastion',
      scheduleExpression: 'cron(0 3 ? * SUN *)',
      targets: [{ key: 'tag:PatchGroup', values: ['bastion'] }],
      parameters: { Operation: ['Install'], RebootOption: ['RebootIfNeeded'] },
    });
  },
  insecureFindings: [
    { duty: 'ec2-security-group-no-public-high-risk-ports', path: 'Net/BastionSg' },
    { duty: 'ec2-instance-ebs-encrypted', path: 'Net/Bastion' },
    { duty: 'ec2-instance-imdsv2-required', path: 'Net/Bastion', outcome: 'unknown' },
    { duty: 'ec2-instance-no-public-ip', path: 'Net/Bastion' },
  ],
};
