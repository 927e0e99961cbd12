import { Fn } from 'aws-cdk-lib';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution } from './fixtures';

dutyCases('cloudfront-distribution-origin-failover', [
  {
    name: 'the L2 default behavior targets an origin group',
    build: (stack) =>
      httpDistribution(
        stack,
        {},
        new origins.OriginGroup({
          primaryOrigin: new origins.HttpOrigin('a.example.com'),
          fallbackOrigin: new origins.HttpOrigin('b.example.com'),
        }),
      ),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 distribution has one origin',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds an origin group with two members',
    build: (stack) => {
      const d = httpDistribution(stack);
      cfn(d).addPropertyOverride('DistributionConfig.OriginGroups', {
        Quantity: 1,
        Items: [
          {
            Id: 'Group',
            FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [503] } },
            Members: { Quantity: 2, Items: [{ OriginId: 'a' }, { OriginId: 'b' }] },
          },
        ],
      });
    },
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the origin group members are imported',
    build: (stack) => {
      const d = httpDistribution(
        stack,
        {},
        new origins.OriginGroup({
          primaryOrigin: new origins.HttpOrigin('a.example.com'),
          fallbackOrigin: new origins.HttpOrigin('b.example.com'),
        }),
      );
      cfn(d).addPropertyOverride('DistributionConfig.OriginGroups.Items.0.Members.Items', Fn.importValue('Members'));
    },
    path: 'Dist',
    expect: 'unknown',
  },
]);
