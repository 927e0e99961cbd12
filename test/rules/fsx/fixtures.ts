import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import type { Construct } from 'constructs';

/** A minimal FSx for Windows File Server file system; `windows` adds or replaces WindowsConfiguration fields. */
export function windowsFs(
  scope: Construct,
  windows: Partial<fsx.CfnFileSystem.WindowsConfigurationProperty> = {},
  extra: Partial<fsx.CfnFileSystemProps> = {},
): fsx.CfnFileSystem {
  return new fsx.CfnFileSystem(scope, 'Raw', {
    fileSystemType: 'WINDOWS',
    subnetIds: ['subnet-1'],
    storageCapacity: 32,
    windowsConfiguration: { throughputCapacity: 8, activeDirectoryId: 'd-1234567890', ...windows },
    ...extra,
  });
}

/** An FSx for Lustre L2 in a one-AZ isolated VPC. */
export function lustre(
  scope: Construct,
  config: Omit<fsx.LustreConfiguration, 'deploymentType'> & { deploymentType: fsx.LustreDeploymentType },
  kmsKey?: fsx.LustreFileSystemProps['kmsKey'],
) {
  const vpc = new ec2.Vpc(scope, 'Vpc', {
    maxAzs: 1,
    natGateways: 0,
    subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  return new fsx.LustreFileSystem(scope, 'Fs', {
    vpc,
    vpcSubnet: vpc.isolatedSubnets[0],
    storageCapacityGiB: 1200,
    lustreConfiguration: config,
    kmsKey,
  });
}
