import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-not-publicly-accessible', [
  {
    name: 'the L2 instance in isolated subnets keeps its defaults (CDK sets PubliclyAccessible false)',
    build: (s) => instance(s),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 instance is placed in public subnets (CDK sets PubliclyAccessible true)',
    build: (s) => {
      const vpc = new ec2.Vpc(s, 'PublicVpc', {
        natGateways: 0,
        maxAzs: 2,
        subnetConfiguration: [{ name: 'pub', subnetType: ec2.SubnetType.PUBLIC }],
      });
      instance(s, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } });
    },
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance has neither PubliclyAccessible nor a DB subnet group (default VPC)',
    build: (s) => rawInstance(s),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance uses the subnet group named default',
    build: (s) => rawInstance(s, { dbSubnetGroupName: 'default' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance names its own subnet group (RDS defaults to private)',
    build: (s) => rawInstance(s, { dbSubnetGroupName: 'private-db-subnets' }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'public access is turned on by an escape-hatch override',
    build: (s) => override(instance(s), 'PubliclyAccessible', true),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'PubliclyAccessible is a parameter',
    build: (s) => override(instance(s), 'PubliclyAccessible', parameter(s)),
    path: 'Db',
    expect: 'unknown',
  },
]);
