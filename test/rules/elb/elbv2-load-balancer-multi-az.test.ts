import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { conditionOn, dutyCases } from '../../harness';
import { alb, vpc } from './fixtures';

dutyCases('elbv2-load-balancer-multi-az', [
  {
    name: 'the L2 ALB uses a two-AZ VPC',
    build: (stack) => alb(stack),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the L2 NLB uses a one-AZ VPC',
    build: (stack) => new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc: vpc(stack, 1) }),
    path: 'Nlb',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 NLB uses a three-AZ VPC',
    build: (stack) => new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc: vpc(stack, 3) }),
    path: 'Nlb',
    expect: 'configured',
  },
  {
    name: 'an escape hatch adds a second subnet mapping',
    build: (stack) => {
      const nlb = new elbv2.NetworkLoadBalancer(stack, 'Nlb', {
        vpc: vpc(stack, 1),
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      });
      (nlb.node.defaultChild as elbv2.CfnLoadBalancer).addPropertyOverride('Subnets', ['subnet-1', 'subnet-2']);
    },
    path: 'Nlb',
    expect: 'configured',
  },
  {
    name: 'the subnets are imported',
    build: (stack) => new elbv2.CfnLoadBalancer(stack, 'Raw', { type: 'network', subnets: Fn.split(',', Fn.importValue('Subnets')) }),
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'the second subnet is an Fn::If with an AWS::NoValue branch',
    build: (stack) => {
      const nlb = new elbv2.NetworkLoadBalancer(stack, 'Nlb', {
        vpc: vpc(stack, 1),
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      });
      (nlb.node.defaultChild as elbv2.CfnLoadBalancer).addPropertyOverride('Subnets', [
        'subnet-1',
        Fn.conditionIf(conditionOn(stack), 'subnet-2', Fn.ref('AWS::NoValue')),
      ]);
    },
    path: 'Nlb',
    expect: 'unknown',
  },
]);
