import { CfnResource, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

const FLAG = '@aws-cdk/aws-ec2:restrictDefaultSecurityGroup';

dutyCases('ec2-vpc-default-security-group-restricted', [
  {
    name: 'the L2 VPC sets restrictDefaultSecurityGroup',
    build: (stack) => vpcOf(stack, { restrictDefaultSecurityGroup: true }),
    path: 'Vpc',
    expect: 'configured',
  },
  {
    name: 'the L2 VPC keeps its defaults under the recommended feature flag',
    build: (stack) => {
      stack.node.setContext(FLAG, true);
      vpcOf(stack);
    },
    path: 'Vpc',
    expect: 'configured',
  },
  {
    name: 'the L2 VPC keeps its defaults without the feature flag',
    build: (stack) => vpcOf(stack),
    path: 'Vpc',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 VPC turns restrictDefaultSecurityGroup off',
    build: (stack) => vpcOf(stack, { restrictDefaultSecurityGroup: false }),
    path: 'Vpc',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 VPC',
    build: (stack) => new ec2.CfnVPC(stack, 'Raw', { cidrBlock: '10.0.0.0/16' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: "the custom resource's security group depends on a condition",
    build: (stack) => {
      const vpc = vpcOf(stack, { restrictDefaultSecurityGroup: true });
      const cr = vpc.node.findChild('RestrictDefaultSecurityGroupCustomResource').node.defaultChild as CfnResource;
      cr.addPropertyOverride('DefaultSecurityGroupId', Fn.conditionIf('Restrict', vpc.vpcDefaultSecurityGroup, 'sg-00000000'));
    },
    path: 'Vpc',
    expect: 'unknown',
  },
]);
