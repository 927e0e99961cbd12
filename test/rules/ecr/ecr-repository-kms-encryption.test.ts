import { CfnParameter } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('ecr-repository-kms-encryption', [
  {
    name: 'the L2 repository uses a customer managed key',
    build: (stack) => new ecr.Repository(stack, 'Repo', { encryptionKey: new kms.Key(stack, 'Key') }),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the L2 repository uses KMS with the AWS managed key',
    build: (stack) => new ecr.Repository(stack, 'Repo', { encryption: ecr.RepositoryEncryption.KMS }),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the L2 repository keeps the default (AES256)',
    build: (stack) => new ecr.Repository(stack, 'Repo'),
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets KMS',
    build: (stack) =>
      (new ecr.Repository(stack, 'Repo').node.defaultChild as ecr.CfnRepository).addPropertyOverride('EncryptionConfiguration', {
        EncryptionType: 'KMS',
      }),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the KMS key is a parameter',
    build: (stack) =>
      new ecr.CfnRepository(stack, 'Repo', {
        encryptionConfiguration: { encryptionType: 'KMS', kmsKey: new CfnParameter(stack, 'Key').valueAsString },
      }),
    path: 'Repo',
    expect: 'unknown',
  },
]);
