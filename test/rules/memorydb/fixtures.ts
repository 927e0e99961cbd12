import type { Stack } from 'aws-cdk-lib';
import * as memorydb from 'aws-cdk-lib/aws-memorydb';

/** A bare L1 MemoryDB cluster at `Mem` (aws-cdk-lib has no MemoryDB L2). */
export function memCluster(stack: Stack, props: Partial<memorydb.CfnClusterProps> = {}): memorydb.CfnCluster {
  return new memorydb.CfnCluster(stack, 'Mem', { clusterName: 'mem', nodeType: 'db.t4g.small', aclName: 'app-acl', ...props });
}
