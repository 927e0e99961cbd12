import type { Stack } from 'aws-cdk-lib';
import * as elb from 'aws-cdk-lib/aws-elasticloadbalancing';
import { vpc } from './fixtures';

export function clb(stack: Stack, props: Partial<elb.LoadBalancerProps> = {}, maxAzs = 2): elb.LoadBalancer {
  return new elb.LoadBalancer(stack, 'Clb', { vpc: vpc(stack, maxAzs), ...props });
}

export function cfn(lb: elb.LoadBalancer): elb.CfnLoadBalancer {
  return lb.node.defaultChild as elb.CfnLoadBalancer;
}
