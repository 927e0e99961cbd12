import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { imported, isolatedVpc } from '../rds/fixtures';
import { domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-in-vpc', [
  {
    name: 'the L2 domain is placed in private subnets',
    build: (s) => {
      const { vpc } = isolatedVpc(s);
      domain(s, { vpc, vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED, availabilityZones: [vpc.availabilityZones[0]] }] });
    },
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults (public endpoint)', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  { name: 'an L1 domain sets no VPC options', build: (s) => rawDomain(s), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'the VPC options are added by an escape-hatch override',
    build: (s) => override(domain(s), 'VPCOptions', { SubnetIds: ['subnet-1'] }),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the subnet list is imported',
    build: (s) => override(domain(s), 'VPCOptions.SubnetIds', imported('SearchSubnets')),
    path: 'Search',
    expect: 'unknown',
  },
]);
