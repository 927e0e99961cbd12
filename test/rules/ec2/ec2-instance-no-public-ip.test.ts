import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { conditionOn, dutyCases } from '../../harness';
import { cfnInstance, instanceOf, rawInstance, vpcOf } from './fixtures';

dutyCases('ec2-instance-no-public-ip', [
  {
    name: 'the L2 instance keeps its defaults (a private subnet of the VPC)',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance is placed in a public subnet, which maps public IPs on launch',
    build: (stack) => instanceOf(stack, { vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 instance is in a public subnet but sets associatePublicIpAddress false',
    build: (stack) => instanceOf(stack, { vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, associatePublicIpAddress: false }),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance in a private subnet gets an Elastic IP',
    build: (stack) => {
      const instance = instanceOf(stack);
      new ec2.CfnEIP(stack, 'Eip', { instanceId: instance.instanceId });
    },
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch moves the instance into a public subnet',
    build: (stack) => {
      const vpc = vpcOf(stack);
      cfnInstance(instanceOf(stack, {}, vpc)).addPropertyOverride('SubnetId', vpc.publicSubnets[0].subnetId);
    },
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance names no subnet, so it lands in a default subnet',
    build: (stack) => rawInstance(stack),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance asks for a public IP on its primary network interface',
    build: (stack) =>
      rawInstance(stack, { networkInterfaces: [{ deviceIndex: '0', associatePublicIpAddress: true, subnetId: 'subnet-12345678' }] }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the subnet is imported from another stack',
    build: (stack) => rawInstance(stack, { subnetId: Fn.importValue('SharedSubnet') }),
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'an Elastic IP is associated with the L2 instance only when a condition holds',
    build: (stack) => {
      const instance = instanceOf(stack);
      new ec2.CfnEIP(stack, 'Eip', {
        instanceId: Fn.conditionIf(conditionOn(stack), instance.instanceId, Fn.ref('AWS::NoValue')).toString(),
      });
    },
    path: 'Instance',
    expect: 'unknown',
  },
  {
    name: 'an Elastic IP of the stack is associated with an instance outside it',
    build: (stack) => {
      instanceOf(stack);
      new ec2.CfnEIP(stack, 'Eip', { instanceId: 'i-0123456789abcdef0' });
    },
    path: 'Instance',
    expect: 'configured',
  },
]);
