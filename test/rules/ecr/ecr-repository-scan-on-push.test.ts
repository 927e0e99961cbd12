import { CfnParameter } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import { dutyCases } from '../../harness';

function registryScanning(
  stack: import('aws-cdk-lib').Stack,
  filter: string,
  scanType = 'ENHANCED',
  scanFrequency = 'CONTINUOUS_SCAN',
): void {
  new ecr.CfnRegistryScanningConfiguration(stack, 'RegistryScanning', {
    scanType,
    rules: [{ scanFrequency, repositoryFilters: [{ filter, filterType: 'WILDCARD' }] }],
  });
}

dutyCases('ecr-repository-scan-on-push', [
  {
    name: 'the L2 repository sets imageScanOnPush',
    build: (stack) => new ecr.Repository(stack, 'Repo', { imageScanOnPush: true }),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the L2 repository keeps the default (no scanning)',
    build: (stack) => new ecr.Repository(stack, 'Repo'),
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'enhanced registry scanning covers every repository',
    build: (stack) => {
      new ecr.Repository(stack, 'Repo');
      registryScanning(stack, '*');
    },
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'a basic scan-on-push registry rule matches the repository name',
    build: (stack) => {
      new ecr.Repository(stack, 'Repo', { repositoryName: 'team-a/web' });
      registryScanning(stack, 'team-a/*', 'BASIC', 'SCAN_ON_PUSH');
    },
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the registry rule matches other repositories only',
    build: (stack) => {
      new ecr.Repository(stack, 'Repo', { repositoryName: 'team-b/web' });
      registryScanning(stack, 'team-a/*');
    },
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns scan on push on',
    build: (stack) =>
      (new ecr.Repository(stack, 'Repo').node.defaultChild as ecr.CfnRepository).addPropertyOverride(
        'ImageScanningConfiguration.ScanOnPush',
        true,
      ),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'ScanOnPush is a parameter',
    build: (stack) =>
      new ecr.CfnRepository(stack, 'Repo', {
        imageScanningConfiguration: { scanOnPush: new CfnParameter(stack, 'Scan').valueAsString as never },
      }),
    path: 'Repo',
    expect: 'unknown',
  },
  {
    name: 'a registry rule filters by prefix and the repository name is generated',
    build: (stack) => {
      new ecr.Repository(stack, 'Repo');
      registryScanning(stack, 'team-a/*');
    },
    path: 'Repo',
    expect: 'unknown',
  },
]);
