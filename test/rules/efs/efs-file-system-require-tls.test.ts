import { CfnParameter } from 'aws-cdk-lib';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';
import { smallVpc } from './fixtures';

const denyInsecure = () =>
  new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['*'],
    conditions: { Bool: { 'aws:SecureTransport': 'false' } },
  });

dutyCases('efs-file-system-require-tls', [
  {
    name: 'the L2 file system policy denies non-TLS access',
    build: (stack) =>
      new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack), fileSystemPolicy: new iam.PolicyDocument({ statements: [denyInsecure()] }) }),
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'the deny is added with addToResourcePolicy',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }).addToResourcePolicy(denyInsecure()),
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'the L2 file system keeps its defaults',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }),
    path: 'Fs',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds the deny to an L1 file system',
    build: (stack) =>
      new efs.CfnFileSystem(stack, 'Raw').addPropertyOverride('FileSystemPolicy', {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the aws:SecureTransport value is a parameter',
    build: (stack) =>
      new efs.CfnFileSystem(stack, 'Raw', {
        fileSystemPolicy: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: '*',
              Condition: { Bool: { 'aws:SecureTransport': new CfnParameter(stack, 'S').valueAsString } },
            },
          ],
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
