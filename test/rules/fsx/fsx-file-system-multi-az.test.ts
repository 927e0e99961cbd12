import { Fn } from 'aws-cdk-lib';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import { dutyCases } from '../../harness';
import { lustre, windowsFs } from './fixtures';

dutyCases('fsx-file-system-multi-az', [
  {
    name: 'a Windows file system is MULTI_AZ_1',
    build: (stack) =>
      windowsFs(stack, { deploymentType: 'MULTI_AZ_1', preferredSubnetId: 'subnet-1' }, { subnetIds: ['subnet-1', 'subnet-2'] }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'a Windows file system leaves DeploymentType unset (SINGLE_AZ_1)',
    build: (stack) => windowsFs(stack),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L2 Lustre file system',
    build: (stack) => lustre(stack, { deploymentType: fsx.LustreDeploymentType.SCRATCH_2 }),
    path: 'Fs',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override switches to MULTI_AZ_1',
    build: (stack) =>
      windowsFs(stack, { deploymentType: 'SINGLE_AZ_2' }).addPropertyOverride('WindowsConfiguration.DeploymentType', 'MULTI_AZ_1'),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the deployment type is chosen by a condition',
    build: (stack) => windowsFs(stack, { deploymentType: Fn.conditionIf('Prod', 'MULTI_AZ_1', 'SINGLE_AZ_2').toString() }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
