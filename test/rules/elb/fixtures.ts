import type { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';

/** A small two-AZ VPC for load balancer cases. */
export function vpc(stack: Stack, maxAzs = 2): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', { maxAzs, natGateways: 1 });
}

export function alb(stack: Stack, props: Partial<elbv2.ApplicationLoadBalancerProps> = {}): elbv2.ApplicationLoadBalancer {
  return new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: vpc(stack), ...props });
}

export const CERT = elbv2.ListenerCertificate.fromArn(
  'arn:aws:acm:us-east-1:111111111111:certificate/11111111-2222-3333-4444-555555555555',
);
export const CERT_ARN = 'arn:aws:acm:us-east-1:111111111111:certificate/11111111-2222-3333-4444-555555555555';
