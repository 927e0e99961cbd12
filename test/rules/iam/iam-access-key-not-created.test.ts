import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

dutyCases('iam-access-key-not-created', [
  {
    name: 'the L2 access key is created with default status',
    build: (stack) => new iam.AccessKey(stack, 'Key', { user: new iam.User(stack, 'User') }),
    path: 'Key',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 access key is created Inactive',
    build: (stack) => new iam.AccessKey(stack, 'Key', { user: new iam.User(stack, 'User'), status: iam.AccessKeyStatus.INACTIVE }),
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'an L1 access key is Active for a user named by a literal',
    build: (stack) => new iam.CfnAccessKey(stack, 'Raw', { userName: 'ci-deployer', status: 'Active' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override deactivates the key',
    build: (stack) => {
      const key = new iam.AccessKey(stack, 'Key', { user: new iam.User(stack, 'User') });
      (key.node.defaultChild as iam.CfnAccessKey).addPropertyOverride('Status', 'Inactive');
    },
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the status of the key is a parameter',
    build: (stack) =>
      new iam.CfnAccessKey(stack, 'Raw', { userName: 'ci-deployer', status: new CfnParameter(stack, 'KeyStatus').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
