import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { instance, parameter } from './fixtures';

const proxy = (s: Parameters<typeof instance>[0], props: Partial<rds.DatabaseProxyProps> = {}) => {
  const db = instance(s);
  return new rds.DatabaseProxy(s, 'Proxy', {
    proxyTarget: rds.ProxyTarget.fromInstance(db),
    secrets: [db.secret!],
    vpc: db.vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ...props,
  });
};

dutyCases('rds-proxy-require-tls', [
  { name: 'the L2 proxy keeps its defaults (CDK requires TLS)', build: (s) => proxy(s), path: 'Proxy', expect: 'configured' },
  { name: 'the L2 proxy turns requireTLS off', build: (s) => proxy(s, { requireTLS: false }), path: 'Proxy', expect: 'unconfigured' },
  {
    name: 'an L1 proxy leaves RequireTLS unset',
    build: (s) =>
      new rds.CfnDBProxy(s, 'Raw', {
        auth: [{ authScheme: 'SECRETS', secretArn: 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db' }],
        dbProxyName: 'raw',
        engineFamily: 'POSTGRESQL',
        roleArn: 'arn:aws:iam::111111111111:role/proxy',
        vpcSubnetIds: ['subnet-1', 'subnet-2'],
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'TLS is turned off by an escape-hatch override',
    build: (s) => (proxy(s).node.defaultChild as rds.CfnDBProxy).addPropertyOverride('RequireTLS', false),
    path: 'Proxy',
    expect: 'unconfigured',
  },
  {
    name: 'RequireTLS is a parameter',
    build: (s) => (proxy(s).node.defaultChild as rds.CfnDBProxy).addPropertyOverride('RequireTLS', parameter(s)),
    path: 'Proxy',
    expect: 'unknown',
  },
]);
