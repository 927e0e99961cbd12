import type { Stack } from 'aws-cdk-lib';
import * as docdb from 'aws-cdk-lib/aws-docdb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { isolatedVpc } from '../rds/fixtures';

/** An L2 DocumentDB cluster at `Cluster`. */
export function docCluster(stack: Stack, props: Partial<docdb.DatabaseClusterProps> = {}): docdb.DatabaseCluster {
  return new docdb.DatabaseCluster(stack, 'Cluster', {
    masterUser: { username: 'docadmin' },
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    instances: 1,
    ...isolatedVpc(stack),
    ...props,
  });
}

/** A bare L1 DocumentDB cluster at `Raw`. */
export function rawDocCluster(stack: Stack, props: Partial<docdb.CfnDBClusterProps> = {}): docdb.CfnDBCluster {
  return new docdb.CfnDBCluster(stack, 'Raw', {
    masterUsername: 'docadmin',
    masterUserPassword: '{{resolve:secretsmanager:doc:SecretString:password}}',
    ...props,
  });
}

export function override(cluster: docdb.DatabaseCluster, path: string, value: unknown): void {
  (cluster.node.defaultChild as docdb.CfnDBCluster).addPropertyOverride(path, value);
}
