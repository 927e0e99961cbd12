import type { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

/** A small VPC without NAT gateways: public and isolated subnets in two AZs. */
export function vpcOf(stack: Stack, props: ec2.VpcProps = {}): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 2, ...props });
}

/** An L2 instance in the VPC (isolated subnets) with the Amazon Linux 2023 AMI (an SSM parameter, no lookup). */
export function instanceOf(stack: Stack, props: Partial<ec2.InstanceProps> = {}, vpc?: ec2.IVpc): ec2.Instance {
  return new ec2.Instance(stack, 'Instance', {
    vpc: vpc ?? vpcOf(stack),
    instanceType: new ec2.InstanceType('t3.micro'),
    machineImage: ec2.MachineImage.latestAmazonLinux2023(),
    ...props,
  });
}

/** The L1 of an L2 instance, for escape-hatch overrides. */
export function cfnInstance(instance: ec2.Instance): ec2.CfnInstance {
  return instance.node.defaultChild as ec2.CfnInstance;
}

/** A bare L1 instance with just an AMI (and optionally more properties). */
export function rawInstance(stack: Stack, props: Partial<ec2.CfnInstanceProps> = {}): ec2.CfnInstance {
  return new ec2.CfnInstance(stack, 'Raw', { imageId: 'ami-12345678', instanceType: 't3.micro', ...props });
}
