import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { dutyCases } from '../../harness';
import { alb, vpc } from './fixtures';

const acl = (stack: import('aws-cdk-lib').Stack) =>
  new wafv2.CfnWebACL(stack, 'Acl', {
    scope: 'REGIONAL',
    defaultAction: { allow: {} },
    visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'acl', sampledRequestsEnabled: true },
  });

dutyCases('elbv2-alb-waf', [
  {
    name: 'a web ACL association references the L2 ALB',
    build: (stack) =>
      new wafv2.CfnWebACLAssociation(stack, 'Assoc', { resourceArn: alb(stack).loadBalancerArn, webAclArn: acl(stack).attrArn }),
    path: 'Alb',
    expect: 'configured',
  },
  {
    name: 'the L2 ALB has no web ACL',
    build: (stack) => alb(stack),
    path: 'Alb',
    expect: 'unconfigured',
  },
  {
    name: 'the load balancer is a Network Load Balancer',
    build: (stack) => new elbv2.NetworkLoadBalancer(stack, 'Nlb', { vpc: vpc(stack) }),
    path: 'Nlb',
    expect: 'not-applicable',
  },
  {
    name: 'the only association in the template protects an imported resource ARN',
    build: (stack) => {
      alb(stack);
      new wafv2.CfnWebACLAssociation(stack, 'Assoc', { resourceArn: Fn.importValue('ProtectedArn'), webAclArn: acl(stack).attrArn });
    },
    path: 'Alb',
    expect: 'unknown',
  },
  {
    name: 'the load balancer type depends on a condition',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      new elbv2.CfnLoadBalancer(stack, 'Raw', {
        type: Fn.conditionIf(cond.logicalId, 'application', 'network').toString(),
        subnets: ['subnet-1', 'subnet-2'],
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
