import { CfnParameter } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const base = { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code, environment: { TABLE: 'orders' } };

dutyCases('lambda-function-env-encryption-cmk', [
  {
    name: 'the L2 function encrypts its environment with a customer managed key',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, environmentEncryption: new kms.Key(stack, 'Key') }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function has environment variables and the default key',
    build: (stack) => new lambda.Function(stack, 'Fn', base),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 function has no environment variables',
    build: (stack) => new lambda.Function(stack, 'Fn', { ...base, environment: undefined }),
    path: 'Fn',
    expect: 'not-applicable',
  },
  {
    name: 'an escape hatch sets KmsKeyArn to a key ARN',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride(
        'KmsKeyArn',
        'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      );
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the key ARN is a parameter',
    build: (stack) => {
      const key = new CfnParameter(stack, 'KeyArn');
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('KmsKeyArn', key.valueAsString);
    },
    path: 'Fn',
    expect: 'unknown',
  },
]);
