import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as signer from 'aws-cdk-lib/aws-signer';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const base = { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code };

dutyCases('lambda-function-code-signing', [
  {
    name: 'the L2 function has a code signing config',
    build: (stack) => {
      const profile = new signer.SigningProfile(stack, 'Profile', { platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA });
      new lambda.Function(stack, 'Fn', {
        ...base,
        codeSigningConfig: new lambda.CodeSigningConfig(stack, 'Csc', { signingProfiles: [profile] }),
      });
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function has its defaults',
    build: (stack) => new lambda.Function(stack, 'Fn', base),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets CodeSigningConfigArn',
    build: (stack) => {
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride(
        'CodeSigningConfigArn',
        'arn:aws:lambda:us-east-1:111111111111:code-signing-config:csc-1',
      );
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the function is a container image',
    build: (stack) =>
      new lambda.CfnFunction(stack, 'Raw', {
        packageType: 'Image',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { imageUri: '111111111111.dkr.ecr.us-east-1.amazonaws.com/app:1' },
      }),
    path: 'Raw',
    expect: 'not-applicable',
  },
  {
    name: 'the code signing config depends on a condition',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      const fn = new lambda.Function(stack, 'Fn', base);
      (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride(
        'CodeSigningConfigArn',
        Fn.conditionIf(cond.logicalId, 'arn:aws:lambda:us-east-1:111111111111:code-signing-config:csc-1', Fn.ref('AWS::NoValue')),
      );
    },
    path: 'Fn',
    expect: 'unknown',
  },
]);
