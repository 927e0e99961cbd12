import { Fn } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { dutyCases } from '../../harness';

const body = () => sfn.DefinitionBody.fromString('{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}');

dutyCases('stepfunctions-state-machine-kms-key', [
  {
    name: 'the L2 state machine uses a customer managed key',
    build: (stack) =>
      new sfn.StateMachine(stack, 'Machine', {
        definitionBody: body(),
        encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(new kms.Key(stack, 'Key')),
      }),
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'the L2 state machine keeps its defaults (AWS owned key)',
    build: (stack) => new sfn.StateMachine(stack, 'Machine', { definitionBody: body() }),
    path: 'Machine',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets a customer managed key',
    build: (stack) => {
      const m = new sfn.StateMachine(stack, 'Machine', { definitionBody: body() });
      (m.node.defaultChild as sfn.CfnStateMachine).addPropertyOverride('EncryptionConfiguration', {
        Type: 'CUSTOMER_MANAGED_KMS_KEY',
        KmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      });
    },
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'the encryption type is chosen by a condition',
    build: (stack) => {
      const m = new sfn.StateMachine(stack, 'Machine', { definitionBody: body() });
      (m.node.defaultChild as sfn.CfnStateMachine).addPropertyOverride(
        'EncryptionConfiguration.Type',
        Fn.conditionIf('Cmk', 'CUSTOMER_MANAGED_KMS_KEY', 'AWS_OWNED_KEY'),
      );
    },
    path: 'Machine',
    expect: 'unknown',
  },
]);
