import { Fn } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { dutyCases } from '../../harness';
import { cfnGroup, groupOf, rawGroup, vpcOf } from './fixtures';

function behindAlb(
  stack: import('aws-cdk-lib').Stack,
  props: Partial<autoscaling.AutoScalingGroupProps> = {},
): autoscaling.AutoScalingGroup {
  const vpc = vpcOf(stack);
  const group = groupOf(stack, props, { vpc });
  new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc })
    .addListener('Http', { port: 80 })
    .addTargets('App', { port: 80, targets: [group] });
  return group;
}

dutyCases('autoscaling-group-elb-health-check', [
  {
    name: 'the L2 group behind a load balancer adds the ELB health check',
    build: (stack) =>
      behindAlb(stack, {
        healthChecks: autoscaling.HealthChecks.withAdditionalChecks({ additionalTypes: [autoscaling.AdditionalHealthCheckType.ELB] }),
      }),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group behind a load balancer keeps the default EC2 health check',
    build: (stack) => behindAlb(stack),
    path: 'Asg',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 group serves no load balancer',
    build: (stack) => groupOf(stack),
    path: 'Asg',
    expect: 'not-applicable',
  },
  {
    name: 'an escape hatch sets HealthCheckType ELB',
    build: (stack) => cfnGroup(behindAlb(stack)).addPropertyOverride('HealthCheckType', 'ELB'),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'an L1 group attached to a Classic Load Balancer with HealthCheckType EC2',
    build: (stack) =>
      rawGroup(stack, {
        launchTemplate: { launchTemplateId: 'lt-12345678', version: '1' },
        loadBalancerNames: ['web'],
        healthCheckType: 'EC2',
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the health check type depends on a condition',
    build: (stack) =>
      rawGroup(stack, {
        launchTemplate: { launchTemplateId: 'lt-12345678', version: '1' },
        targetGroupArns: ['arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web/0123456789abcdef'],
        healthCheckType: Fn.conditionIf('Elb', 'ELB', 'EC2').toString(),
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
