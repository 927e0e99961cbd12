import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution } from './fixtures';

dutyCases('cloudfront-distribution-access-logging', [
  {
    name: 'the L2 distribution enables logging to a bucket',
    build: (stack) =>
      httpDistribution(stack, {
        enableLogging: true,
        logBucket: new s3.Bucket(stack, 'Logs', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER }),
      }),
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
    name: 'an escape hatch sets the Logging bucket',
    build: (stack) => cfn(httpDistribution(stack)).addPropertyOverride('DistributionConfig.Logging', { Bucket: 'logs.s3.amazonaws.com' }),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the logging bucket depends on a condition',
    build: (stack) => {
      const c = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      cfn(httpDistribution(stack)).addPropertyOverride('DistributionConfig.Logging', {
        Bucket: Fn.conditionIf(c.logicalId, 'logs.s3.amazonaws.com', Fn.ref('AWS::NoValue')),
      });
    },
    path: 'Dist',
    expect: 'unknown',
  },
]);
