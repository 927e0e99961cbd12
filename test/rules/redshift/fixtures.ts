import type { Stack } from 'aws-cdk-lib';
import * as redshift from 'aws-cdk-lib/aws-redshift';
import * as serverless from 'aws-cdk-lib/aws-redshiftserverless';

/** A bare L1 Redshift cluster at `Warehouse` (the Redshift L2 is in an alpha module). */
export function warehouse(stack: Stack, props: Partial<redshift.CfnClusterProps> = {}): redshift.CfnCluster {
  return new redshift.CfnCluster(stack, 'Warehouse', {
    clusterType: 'multi-node',
    numberOfNodes: 2,
    nodeType: 'ra3.xlplus',
    dbName: 'analytics',
    masterUsername: 'warehouse_admin',
    manageMasterPassword: true,
    ...props,
  });
}

export function workgroup(stack: Stack, props: Partial<serverless.CfnWorkgroupProps> = {}): serverless.CfnWorkgroup {
  return new serverless.CfnWorkgroup(stack, 'Workgroup', { workgroupName: 'analytics', namespaceName: 'analytics', ...props });
}

export function namespace(stack: Stack, props: Partial<serverless.CfnNamespaceProps> = {}): serverless.CfnNamespace {
  return new serverless.CfnNamespace(stack, 'Namespace', { namespaceName: 'analytics', ...props });
}
