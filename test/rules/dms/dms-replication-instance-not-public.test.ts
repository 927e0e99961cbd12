import { CfnParameter } from 'aws-cdk-lib';
import * as dms from 'aws-cdk-lib/aws-dms';
import { dutyCases } from '../../harness';

const instance = (props: Partial<dms.CfnReplicationInstanceProps> = {}) => ({ replicationInstanceClass: 'dms.t3.medium', ...props });

dutyCases('dms-replication-instance-not-public', [
  {
    name: 'the instance sets PubliclyAccessible false',
    build: (s) => new dms.CfnReplicationInstance(s, 'Replication', instance({ publiclyAccessible: false })),
    path: 'Replication',
    expect: 'configured',
  },
  {
    name: 'the instance keeps the default (public)',
    build: (s) => new dms.CfnReplicationInstance(s, 'Replication', instance()),
    path: 'Replication',
    expect: 'unconfigured',
  },
  {
    name: 'the instance sets PubliclyAccessible true',
    build: (s) => new dms.CfnReplicationInstance(s, 'Replication', instance({ publiclyAccessible: true })),
    path: 'Replication',
    expect: 'unconfigured',
  },
  {
    name: 'the instance is made private by an escape-hatch override',
    build: (s) => new dms.CfnReplicationInstance(s, 'Replication', instance()).addPropertyOverride('PubliclyAccessible', false),
    path: 'Replication',
    expect: 'configured',
  },
  {
    name: 'PubliclyAccessible comes from a parameter',
    build: (s) =>
      new dms.CfnReplicationInstance(s, 'Replication', instance()).addPropertyOverride('PubliclyAccessible', {
        Ref: new CfnParameter(s, 'Public').logicalId,
      }),
    path: 'Replication',
    expect: 'unknown',
  },
]);
