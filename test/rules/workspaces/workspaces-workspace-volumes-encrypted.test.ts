import * as workspaces from 'aws-cdk-lib/aws-workspaces';
import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';

const BASE = { bundleId: 'wsb-123', directoryId: 'd-123', userName: 'alice' };

dutyCases('workspaces-workspace-volumes-encrypted', [
  {
    name: 'both volumes are encrypted',
    build: (s) =>
      new workspaces.CfnWorkspace(s, 'Desk', {
        ...BASE,
        rootVolumeEncryptionEnabled: true,
        userVolumeEncryptionEnabled: true,
        volumeEncryptionKey: 'alias/ws',
      }),
    path: 'Desk',
    expect: 'configured',
  },
  {
    name: 'the WorkSpace keeps the defaults',
    build: (s) => new workspaces.CfnWorkspace(s, 'Desk', BASE),
    path: 'Desk',
    expect: 'unconfigured',
  },
  {
    name: 'only the user volume is encrypted',
    build: (s) => new workspaces.CfnWorkspace(s, 'Desk', { ...BASE, userVolumeEncryptionEnabled: true }),
    path: 'Desk',
    expect: 'unconfigured',
  },
  {
    name: 'encryption is turned on by escape-hatch overrides',
    build: (s) => {
      const w = new workspaces.CfnWorkspace(s, 'Desk', BASE);
      w.addPropertyOverride('RootVolumeEncryptionEnabled', true);
      w.addPropertyOverride('UserVolumeEncryptionEnabled', true);
    },
    path: 'Desk',
    expect: 'configured',
  },
  {
    name: 'root volume encryption comes from a parameter',
    build: (s) =>
      new workspaces.CfnWorkspace(s, 'Desk', BASE).addPropertyOverride('RootVolumeEncryptionEnabled', {
        Ref: new CfnParameter(s, 'Encrypt').logicalId,
      }),
    path: 'Desk',
    expect: 'unknown',
  },
]);
