import { Fn } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { dutyCases } from '../../harness';

const prefs = (inputs: Record<string, unknown>) => ({
  schemaVersion: '1.0',
  sessionType: 'Standard_Stream',
  inputs: { s3EncryptionEnabled: true, cloudWatchEncryptionEnabled: true, ...inputs },
});

dutyCases('ssm-session-document-kms-encryption', [
  {
    name: 'the preferences document names a KMS key of the stack',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Prefs', {
        documentType: 'Session',
        content: prefs({ kmsKeyId: new kms.Key(stack, 'Key', { enableKeyRotation: true }).keyId }),
      }),
    path: 'Prefs',
    expect: 'configured',
  },
  {
    name: 'the preferences document sets no kmsKeyId',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Prefs', { documentType: 'Session', content: prefs({ cloudWatchLogGroupName: '/ssm/sessions' }) }),
    path: 'Prefs',
    expect: 'unconfigured',
  },
  {
    name: 'the document is a port-forwarding Session document',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Port', {
        documentType: 'Session',
        content: { schemaVersion: '1.0', sessionType: 'Port', properties: { portNumber: '{{ portNumber }}' } },
      }),
    path: 'Port',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override adds a key alias',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Prefs', { documentType: 'Session', content: prefs({}) }).addPropertyOverride(
        'Content.inputs.kmsKeyId',
        'alias/session-key',
      ),
    path: 'Prefs',
    expect: 'configured',
  },
  {
    name: 'the key is chosen by a condition',
    build: (stack) =>
      new ssm.CfnDocument(stack, 'Prefs', {
        documentType: 'Session',
        content: prefs({ kmsKeyId: Fn.conditionIf('UseKey', 'alias/session-key', '') }),
      }),
    path: 'Prefs',
    expect: 'unknown',
  },
]);
