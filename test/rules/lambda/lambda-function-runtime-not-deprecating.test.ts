import { Fn } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');

dutyCases('lambda-function-runtime-not-deprecating', [
  {
    name: 'the L2 function uses nodejs24.x',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the L2 function uses nodejs22.x, scheduled for deprecation on 2027-04-30',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 function uses python3.11 on Amazon Linux 2',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.PYTHON_3_11, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 function uses java17.al2023',
    build: (stack) =>
      new lambda.CfnFunction(stack, 'Raw', {
        runtime: 'java17.al2023',
        handler: 'a.B::handle',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { s3Bucket: 'b', s3Key: 'k.zip' },
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the runtime is already deprecated (reported by the other duty)',
    build: (stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code }),
    path: 'Fn',
    expect: 'not-applicable',
  },
  {
    name: 'the runtime is imported from another stack',
    build: (stack) => {
      new lambda.CfnFunction(stack, 'Raw', {
        runtime: Fn.importValue('Runtime'),
        handler: 'index.handler',
        role: 'arn:aws:iam::111111111111:role/r',
        code: { zipFile: 'x' },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
