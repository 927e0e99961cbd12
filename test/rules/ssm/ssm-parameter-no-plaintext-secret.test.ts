import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { dutyCases } from '../../harness';

dutyCases('ssm-parameter-no-plaintext-secret', [
  {
    name: 'the L2 string parameter publishes a bucket name',
    build: (stack) =>
      new ssm.StringParameter(stack, 'Param', {
        parameterName: '/app/bucket-name',
        stringValue: new s3.Bucket(stack, 'Bucket').bucketName,
      }),
    path: 'Param',
    expect: 'configured',
  },
  {
    name: 'the L2 string parameter holds a feature flag',
    build: (stack) => new ssm.StringParameter(stack, 'Param', { parameterName: '/app/features/new-checkout', stringValue: 'enabled' }),
    path: 'Param',
    expect: 'configured',
  },
  {
    name: 'the L2 string parameter is named like a password and holds a literal',
    build: (stack) => new ssm.StringParameter(stack, 'Param', { parameterName: '/app/prod/db/password', stringValue: 'hunter2' }),
    path: 'Param',
    expect: 'unconfigured',
  },
  {
    name: 'the parameter names the ARN of a secret, not the secret',
    build: (stack) =>
      new ssm.StringParameter(stack, 'Param', {
        parameterName: '/app/prod/db-password-secret-arn',
        stringValue: 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf',
      }),
    path: 'Param',
    expect: 'configured',
  },
  {
    name: 'the parameter stores the secret of an access key',
    build: (stack) => {
      const key = new iam.AccessKey(stack, 'Key', { user: new iam.User(stack, 'User') });
      new ssm.StringParameter(stack, 'Param', { parameterName: '/ci/aws-secret', stringValue: key.secretAccessKey.unsafeUnwrap() });
    },
    path: 'Param',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 parameter with a generated name holds a PEM private key',
    build: (stack) =>
      new ssm.CfnParameter(stack, 'Raw', {
        type: 'String',
        value: '-----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----',
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override renames the parameter to a non-secret name',
    build: (stack) => {
      const param = new ssm.StringParameter(stack, 'Param', { parameterName: '/app/api-token', stringValue: 'v1' });
      (param.node.defaultChild as ssm.CfnParameter).addPropertyOverride('Name', '/app/api-version');
    },
    path: 'Param',
    expect: 'configured',
  },
  {
    name: 'a password-named parameter takes its value from a template parameter',
    build: (stack) =>
      new ssm.StringParameter(stack, 'Param', {
        parameterName: '/app/db/password',
        stringValue: new CfnParameter(stack, 'DbPassword', { noEcho: true }).valueAsString,
      }),
    path: 'Param',
    expect: 'unknown',
  },
]);
