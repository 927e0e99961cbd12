import * as athena from 'aws-cdk-lib/aws-athena';
import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';

dutyCases('athena-workgroup-enforce-configuration', [
  {
    name: 'the workgroup enforces its configuration',
    build: (s) => new athena.CfnWorkGroup(s, 'Wg', { name: 'wg', workGroupConfiguration: { enforceWorkGroupConfiguration: true } }),
    path: 'Wg',
    expect: 'configured',
  },
  {
    name: 'the workgroup lets clients override its settings',
    build: (s) => new athena.CfnWorkGroup(s, 'Wg', { name: 'wg', workGroupConfiguration: { enforceWorkGroupConfiguration: false } }),
    path: 'Wg',
    expect: 'unconfigured',
  },
  {
    name: 'the workgroup does not say',
    build: (s) => new athena.CfnWorkGroup(s, 'Wg', { name: 'wg' }),
    path: 'Wg',
    expect: 'unconfigured',
  },
  {
    name: 'enforcement is turned on by an escape-hatch override',
    build: (s) =>
      new athena.CfnWorkGroup(s, 'Wg', { name: 'wg' }).addPropertyOverride('WorkGroupConfiguration.EnforceWorkGroupConfiguration', true),
    path: 'Wg',
    expect: 'configured',
  },
  {
    name: 'enforcement comes from a parameter',
    build: (s) =>
      new athena.CfnWorkGroup(s, 'Wg', { name: 'wg' }).addPropertyOverride('WorkGroupConfiguration.EnforceWorkGroupConfiguration', {
        Ref: new CfnParameter(s, 'Enforce').logicalId,
      }),
    path: 'Wg',
    expect: 'unknown',
  },
]);
