import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { cluster, ENCRYPTED, securityConfiguration } from './fixtures';

const ID = 'emr-cluster-local-disk-encrypted';
const S3_ONLY = {
  EncryptionConfiguration: {
    EnableAtRestEncryption: true,
    AtRestEncryptionConfiguration: { S3EncryptionConfiguration: { EncryptionMode: 'SSE-S3' } },
  },
};

dutyCases(ID, [
  {
    name: 'the cluster names its security configuration by Ref, and it encrypts local disks',
    build: (s) => cluster(s, securityConfiguration(s).ref),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster names a security configuration of the app by its literal name',
    build: (s) => {
      securityConfiguration(s, ENCRYPTED, 'encrypted-config');
      cluster(s, 'encrypted-config');
    },
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'fails when the cluster names no security configuration', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'fails when the security configuration encrypts only EMRFS data in S3',
    build: (s) => cluster(s, securityConfiguration(s, S3_ONLY).ref),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'fails when the security configuration turns at-rest encryption off',
    build: (s) =>
      cluster(
        s,
        securityConfiguration(s, { EncryptionConfiguration: { ...ENCRYPTED.EncryptionConfiguration, EnableAtRestEncryption: false } }).ref,
      ),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override names the encrypting security configuration',
    build: (s) => cluster(s).addPropertyOverride('SecurityConfiguration', securityConfiguration(s).ref),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster names a security configuration created outside the app',
    build: (s) => cluster(s, 'shared-security-config'),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'the security configuration name is a parameter',
    build: (s) => cluster(s, parameter(s, 'Config')),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'the security configuration name is imported',
    build: (s) => cluster(s, Fn.importValue('EmrConfig')),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
