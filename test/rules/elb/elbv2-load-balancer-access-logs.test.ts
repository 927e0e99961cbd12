import { CfnParameter } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { alb, vpc } from './fixtures';

dutyCases('elbv2-load-balancer-access-logs', [
  {
    name: 'the L2 ALB logs to a bucket',
    build: (stack) => alb(stack).logAccessLogs(new s3.Bucket(stack, 'Logs')),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the L2 ALB has its defaults',
    build: (stack) => alb(stack),
    path: 'Alb',
    expect: 'unconfigured',
  },
  {
    name: 'setAttribute enables access logs',
    build: (stack) => {
      const lb = alb(stack);
      lb.setAttribute('access_logs.s3.enabled', 'true');
      lb.setAttribute('access_logs.s3.bucket', 'my-logs');
    },
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the load balancer is a Network Load Balancer',
    build: (stack) => new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc: vpc(stack) }),
    path: 'Nlb',
    expect: 'not-applicable',
  },
  {
    name: 'the enabled flag is a parameter',
    build: (stack) => alb(stack).setAttribute('access_logs.s3.enabled', new CfnParameter(stack, 'Logs').valueAsString),
    path: 'Alb',
    expect: 'unknown',
  },
]);
