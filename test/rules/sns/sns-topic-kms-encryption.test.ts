import { CfnParameter } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases } from '../../harness';

dutyCases('sns-topic-kms-encryption', [
  {
    name: 'the L2 topic uses a customer managed key',
    build: (stack) => new sns.Topic(stack, 'Topic', { masterKey: new kms.Key(stack, 'Key') }),
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the L2 topic keeps its defaults (no KMS key)',
    build: (stack) => new sns.Topic(stack, 'Topic'),
    path: 'Topic',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets the AWS managed key',
    build: (stack) => {
      const topic = new sns.Topic(stack, 'Topic');
      (topic.node.defaultChild as sns.CfnTopic).addPropertyOverride('KmsMasterKeyId', 'alias/aws/sns');
    },
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter, which may be given empty',
    build: (stack) => new sns.CfnTopic(stack, 'Raw', { kmsMasterKeyId: new CfnParameter(stack, 'Key').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the key is a parameter whose MinLength refuses an empty value',
    build: (stack) => new sns.CfnTopic(stack, 'Raw', { kmsMasterKeyId: new CfnParameter(stack, 'Key', { minLength: 1 }).valueAsString }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter whose AllowedPattern refuses an empty value',
    build: (stack) =>
      new sns.CfnTopic(stack, 'Raw', {
        kmsMasterKeyId: new CfnParameter(stack, 'Key', { allowedPattern: '^(arn:aws:kms:.+|alias/.+)$' }).valueAsString,
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter whose AllowedValues are all keys',
    build: (stack) =>
      new sns.CfnTopic(stack, 'Raw', {
        kmsMasterKeyId: new CfnParameter(stack, 'Key', { allowedValues: ['alias/aws/sns', 'alias/team-key'] }).valueAsString,
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter whose AllowedPattern also takes an empty value',
    build: (stack) =>
      new sns.CfnTopic(stack, 'Raw', { kmsMasterKeyId: new CfnParameter(stack, 'Key', { allowedPattern: '(alias/.+)?' }).valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the key is a parameter whose AllowedValues include the empty string',
    build: (stack) =>
      new sns.CfnTopic(stack, 'Raw', {
        kmsMasterKeyId: new CfnParameter(stack, 'Key', { allowedValues: ['', 'alias/aws/sns'] }).valueAsString,
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
