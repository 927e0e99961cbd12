import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { webAcl } from './fixtures';

dutyCases('wafv2-web-acl-has-rules', [
  {
    name: 'the web ACL uses the AWS managed common rule set',
    build: (stack) => webAcl(stack),
    path: 'Acl',
    expect: 'configured',
  },
  {
    name: 'the web ACL has no rules',
    build: (stack) => webAcl(stack, { rules: undefined }),
    path: 'Acl',
    expect: 'unconfigured',
  },
  {
    name: 'the web ACL has an empty rule list',
    build: (stack) => webAcl(stack, { rules: [] }),
    path: 'Acl',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds a rule',
    build: (stack) =>
      webAcl(stack, { rules: [] }).addPropertyOverride('Rules', [
        {
          Name: 'Ip',
          Priority: 0,
          Action: { Block: {} },
          Statement: { IPSetReferenceStatement: { Arn: 'arn:aws:wafv2:us-east-1:111111111111:regional/ipset/bad/1' } },
          VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: 'ip', SampledRequestsEnabled: true },
        },
      ]),
    path: 'Acl',
    expect: 'configured',
  },
  {
    name: 'the rule list is imported',
    build: (stack) => webAcl(stack).addPropertyOverride('Rules', Fn.importValue('Rules')),
    path: 'Acl',
    expect: 'unknown',
  },
]);
