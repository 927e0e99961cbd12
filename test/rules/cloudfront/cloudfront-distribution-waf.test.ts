import { CfnParameter } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution } from './fixtures';

dutyCases('cloudfront-distribution-waf', [
  {
    name: 'the L2 distribution names a CLOUDFRONT web ACL',
    build: (stack) => {
      const acl = new wafv2.CfnWebACL(stack, 'Acl', {
        scope: 'CLOUDFRONT',
        defaultAction: { allow: {} },
        visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'acl', sampledRequestsEnabled: true },
      });
      httpDistribution(stack, { webAclId: acl.attrArn });
    },
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 distribution has its defaults',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets WebACLId',
    build: (stack) =>
      cfn(httpDistribution(stack)).addPropertyOverride(
        'DistributionConfig.WebACLId',
        'arn:aws:wafv2:us-east-1:111111111111:global/webacl/acl/1234',
      ),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the web ACL is a parameter',
    build: (stack) => httpDistribution(stack, { webAclId: new CfnParameter(stack, 'Acl').valueAsString }),
    path: 'Dist',
    expect: 'unknown',
  },
]);
