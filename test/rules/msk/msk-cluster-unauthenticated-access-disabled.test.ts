import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster } from './fixtures';

dutyCases('msk-cluster-unauthenticated-access-disabled', [
  {
    name: 'the cluster requires IAM authentication',
    build: (stack) => cluster(stack, { clientAuthentication: { sasl: { iam: { enabled: true } }, unauthenticated: { enabled: false } } }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster sets no client authentication',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the cluster allows unauthenticated clients next to SCRAM',
    build: (stack) => cluster(stack, { clientAuthentication: { sasl: { scram: { enabled: true } }, unauthenticated: { enabled: true } } }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns on mutual TLS with a private CA',
    build: (stack) =>
      cluster(stack).addPropertyOverride('ClientAuthentication', {
        Tls: { CertificateAuthorityArnList: ['arn:aws:acm-pca:us-east-1:111111111111:certificate-authority/abc'] },
      }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'Unauthenticated Enabled is a parameter',
    build: (stack) =>
      cluster(stack, {
        clientAuthentication: {
          sasl: { iam: { enabled: true } },
          unauthenticated: { enabled: new CfnParameter(stack, 'Anon').valueAsString as unknown as boolean },
        },
      }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
