import * as athena from 'aws-cdk-lib/aws-athena';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';

const OUTPUT = 's3://query-results/athena/';

dutyCases('athena-workgroup-results-encrypted', [
  {
    name: 'the workgroup encrypts results with SSE_KMS',
    build: (s) =>
      new athena.CfnWorkGroup(s, 'Wg', {
        name: 'wg',
        workGroupConfiguration: {
          resultConfiguration: { outputLocation: OUTPUT, encryptionConfiguration: { encryptionOption: 'SSE_KMS', kmsKey: 'alias/athena' } },
        },
      }),
    path: 'Wg',
    expect: 'configured',
  },
  {
    name: 'the workgroup names an output location but no encryption',
    build: (s) =>
      new athena.CfnWorkGroup(s, 'Wg', { name: 'wg', workGroupConfiguration: { resultConfiguration: { outputLocation: OUTPUT } } }),
    path: 'Wg',
    expect: 'unconfigured',
  },
  {
    name: 'the workgroup has no configuration',
    build: (s) => new athena.CfnWorkGroup(s, 'Wg', { name: 'wg' }),
    path: 'Wg',
    expect: 'unconfigured',
  },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) =>
      new athena.CfnWorkGroup(s, 'Wg', { name: 'wg' }).addPropertyOverride(
        'WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration',
        {
          EncryptionOption: 'SSE_S3',
        },
      ),
    path: 'Wg',
    expect: 'configured',
  },
  {
    name: 'the encryption option comes from a parameter',
    build: (s) =>
      new athena.CfnWorkGroup(s, 'Wg', {
        name: 'wg',
        workGroupConfiguration: { resultConfiguration: { encryptionConfiguration: { encryptionOption: parameter(s, 'Option') } } },
      }),
    path: 'Wg',
    expect: 'unknown',
  },
]);
