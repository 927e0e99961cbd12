import type { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as emr from 'aws-cdk-lib/aws-emr';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';

const ID = 'emr-cluster-primary-no-public-ip';

function vpc(stack: Stack, publicMapsIp = true): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 1,
    natGateways: 1,
    subnetConfiguration: [
      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: publicMapsIp },
      { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
  });
}

function cluster(stack: Stack, instances: Partial<emr.CfnCluster.JobFlowInstancesConfigProperty> = {}): emr.CfnCluster {
  return new emr.CfnCluster(stack, 'Cluster', {
    name: 'analytics',
    releaseLabel: 'emr-7.5.0',
    jobFlowRole: 'EMR_EC2_DefaultRole',
    serviceRole: 'EMR_DefaultRole',
    instances: { masterInstanceGroup: { instanceCount: 1, instanceType: 'm5.xlarge' }, ...instances },
  });
}

dutyCases(ID, [
  {
    name: 'the cluster runs in a private subnet with a NAT route',
    build: (s) => cluster(s, { ec2SubnetId: vpc(s).privateSubnets[0].subnetId }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster runs in an isolated subnet',
    build: (s) => cluster(s, { ec2SubnetId: vpc(s).isolatedSubnets[0].subnetId }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'fails when the cluster runs in a public subnet of a CDK Vpc, which maps public IPs',
    build: (s) => cluster(s, { ec2SubnetId: vpc(s).publicSubnets[0].subnetId }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'fails when one of the subnets an instance fleet may use maps public IPs',
    build: (s) => {
      const v = vpc(s);
      cluster(s, { ec2SubnetIds: [v.privateSubnets[0].subnetId, v.publicSubnets[0].subnetId] });
    },
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override moves the cluster into the private subnet',
    build: (s) => {
      const v = vpc(s);
      cluster(s, { ec2SubnetId: v.publicSubnets[0].subnetId }).addPropertyOverride('Instances.Ec2SubnetId', v.privateSubnets[0].subnetId);
    },
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'a public subnet that does not map public IPs but routes to the internet gateway',
    build: (s) => cluster(s, { ec2SubnetId: vpc(s, false).publicSubnets[0].subnetId }),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'the subnet is a literal id outside the app',
    build: (s) => cluster(s, { ec2SubnetId: 'subnet-0123456789abcdef0' }),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'the subnet is a parameter',
    build: (s) => cluster(s, { ec2SubnetId: parameter(s, 'Subnet') }),
    path: 'Cluster',
    expect: 'unknown',
  },
  { name: 'the cluster names no subnet', build: (s) => cluster(s), path: 'Cluster', expect: 'unknown' },
]);
