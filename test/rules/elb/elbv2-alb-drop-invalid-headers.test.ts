import { CfnParameter } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { dutyCases } from '../../harness';
import { alb, vpc } from './fixtures';

dutyCases('elbv2-alb-drop-invalid-headers', [
  {
    name: 'the L2 ALB sets dropInvalidHeaderFields',
    build: (stack) => alb(stack, { dropInvalidHeaderFields: true }),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the L2 ALB has its defaults (AWS default false)',
    build: (stack) => alb(stack),
    path: 'Alb',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 ALB sets dropInvalidHeaderFields false',
    build: (stack) => alb(stack, { dropInvalidHeaderFields: false }),
    path: 'Alb',
    expect: 'unconfigured',
  },
  {
    name: 'setAttribute turns it on',
    build: (stack) => alb(stack).setAttribute('routing.http.drop_invalid_header_fields.enabled', 'true'),
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
    name: 'the attribute value is a parameter',
    build: (stack) =>
      alb(stack).setAttribute('routing.http.drop_invalid_header_fields.enabled', new CfnParameter(stack, 'Drop').valueAsString),
    path: 'Alb',
    expect: 'unknown',
  },
]);
