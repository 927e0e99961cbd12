import { CfnParameter } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { dutyCases } from '../../harness';
import { alb, vpc } from './fixtures';

dutyCases('elbv2-load-balancer-deletion-protection', [
  {
    name: 'the L2 ALB sets deletionProtection',
    build: (stack) => alb(stack, { deletionProtection: true }),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the L2 NLB sets deletionProtection',
    build: (stack) => new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc: vpc(stack), deletionProtection: true }),
    path: 'Nlb',
    expect: 'configured',
  },
  {
    name: 'the L2 ALB has its defaults',
    build: (stack) => alb(stack),
    path: 'Alb',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 load balancer has no attributes',
    build: (stack) => new elbv2.CfnLoadBalancer(stack, 'Raw', { subnets: ['subnet-1', 'subnet-2'] }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch enables it',
    build: (stack) => (alb(stack).node.defaultChild as elbv2.CfnLoadBalancer).addPropertyOverride('LoadBalancerAttributes.0.Value', 'true'),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the flag is a parameter',
    build: (stack) => alb(stack).setAttribute('deletion_protection.enabled', new CfnParameter(stack, 'Protect').valueAsString),
    path: 'Alb',
    expect: 'unknown',
  },
]);
