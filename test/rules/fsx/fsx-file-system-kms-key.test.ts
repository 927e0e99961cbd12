import { Fn } from 'aws-cdk-lib';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';
import { lustre, windowsFs } from './fixtures';

dutyCases('fsx-file-system-kms-key', [
  {
    name: 'a persistent L2 Lustre file system uses a customer managed key',
    build: (stack) =>
      lustre(stack, { deploymentType: fsx.LustreDeploymentType.PERSISTENT_2, perUnitStorageThroughput: 125 }, new kms.Key(stack, 'Key')),
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'a Windows file system keeps the FSx-managed key',
    build: (stack) => windowsFs(stack),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'a scratch Lustre file system',
    build: (stack) => lustre(stack, { deploymentType: fsx.LustreDeploymentType.SCRATCH_2 }),
    path: 'Fs',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override sets a key ARN',
    build: (stack) =>
      windowsFs(stack).addPropertyOverride('KmsKeyId', 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the key is imported',
    build: (stack) => windowsFs(stack, {}, { kmsKeyId: Fn.importValue('FsxKey') }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
