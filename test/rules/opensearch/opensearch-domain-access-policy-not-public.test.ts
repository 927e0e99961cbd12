import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';
import { isolatedVpc, parameter } from '../rds/fixtures';
import { domain, rawDomain } from './fixtures';

const doc = (statement: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'es:*', Resource: '*', ...statement }],
});

dutyCases('opensearch-domain-access-policy-not-public', [
  { name: 'the L2 domain keeps its defaults (no access policy)', build: (s) => domain(s), path: 'Search', expect: 'configured' },
  {
    name: 'an L1 domain allows one account',
    build: (s) => rawDomain(s, { accessPolicies: doc({ Principal: { AWS: 'arn:aws:iam::111111111111:root' } }) }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an L1 domain allows everyone from one IP range',
    build: (s) => rawDomain(s, { accessPolicies: doc({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }) }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an L1 domain allows everyone',
    build: (s) => rawDomain(s, { accessPolicies: doc({ Principal: { AWS: '*' } }) }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'a VPC domain allows everyone (no public endpoint)',
    build: (s) => {
      const { vpc } = isolatedVpc(s);
      domain(s, { vpc, vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED, availabilityZones: [vpc.availabilityZones[0]] }] });
    },
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the L2 domain applies its access policy through a custom resource',
    build: (s) =>
      domain(s, {
        accessPolicies: [new iam.PolicyStatement({ actions: ['es:*'], principals: [new iam.AnyPrincipal()], resources: ['*'] })],
      }),
    path: 'Search',
    expect: 'unknown',
  },
  {
    name: 'the principal is a parameter',
    build: (s) => rawDomain(s, { accessPolicies: doc({ Principal: { AWS: parameter(s) } }) }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'public access is added by an escape-hatch override',
    build: (s) => rawDomain(s).addPropertyOverride('AccessPolicies', doc({ Principal: '*' })),
    path: 'Raw',
    expect: 'unconfigured',
  },
]);
