import type { Stack } from 'aws-cdk-lib';
import * as neptune from 'aws-cdk-lib/aws-neptune';

/** A bare L1 Neptune cluster at `Graph` (aws-cdk-lib has no stable Neptune L2). */
export function graph(stack: Stack, props: Partial<neptune.CfnDBClusterProps> = {}): neptune.CfnDBCluster {
  return new neptune.CfnDBCluster(stack, 'Graph', { engineVersion: '1.3.2.1', ...props });
}
