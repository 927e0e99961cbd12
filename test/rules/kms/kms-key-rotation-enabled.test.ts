import { CfnParameter, Duration } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('kms-key-rotation-enabled', [
  {
    name: 'the L2 key sets enableKeyRotation',
    build: (stack) => new kms.Key(stack, 'Key', { enableKeyRotation: true, rotationPeriod: Duration.days(180) }),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the L2 key keeps its defaults (rotation off)',
    build: (stack) => new kms.Key(stack, 'Key'),
    path: 'Key',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 key is an asymmetric signing key',
    build: (stack) => new kms.Key(stack, 'Key', { keySpec: kms.KeySpec.ECC_NIST_P256, keyUsage: kms.KeyUsage.SIGN_VERIFY }),
    path: 'Key',
    expect: 'not-applicable',
  },
  {
    name: 'the L2 key is an HMAC key',
    build: (stack) => new kms.Key(stack, 'Key', { keySpec: kms.KeySpec.HMAC_256, keyUsage: kms.KeyUsage.GENERATE_VERIFY_MAC }),
    path: 'Key',
    expect: 'not-applicable',
  },
  {
    name: 'an L1 key for imported key material',
    build: (stack) => new kms.CfnKey(stack, 'Raw', { origin: 'EXTERNAL' }),
    path: 'Raw',
    expect: 'not-applicable',
  },
  {
    name: 'an L1 key sets EnableKeyRotation false',
    build: (stack) => new kms.CfnKey(stack, 'Raw', { enableKeyRotation: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns rotation on',
    build: (stack) => (new kms.Key(stack, 'Key').node.defaultChild as kms.CfnKey).addPropertyOverride('EnableKeyRotation', true),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'rotation is a parameter',
    build: (stack) =>
      new kms.CfnKey(stack, 'Raw', { enableKeyRotation: new CfnParameter(stack, 'Rotate').valueAsString as unknown as boolean }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
