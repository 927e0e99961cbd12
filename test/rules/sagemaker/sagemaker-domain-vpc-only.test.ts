import { dutyCases } from '../../harness';
import { domain, param } from './fixtures';

dutyCases('sagemaker-domain-vpc-only', [
  {
    name: 'the domain sets VpcOnly',
    build: (stack) => domain(stack, { appNetworkAccessType: 'VpcOnly' }),
    path: 'Domain',
    expect: 'configured',
  },
  { name: 'the domain keeps the default (PublicInternetOnly)', build: (stack) => domain(stack), path: 'Domain', expect: 'unconfigured' },
  {
    name: 'an escape-hatch override sets VpcOnly',
    build: (stack) => domain(stack).addPropertyOverride('AppNetworkAccessType', 'VpcOnly'),
    path: 'Domain',
    expect: 'configured',
  },
  {
    name: 'AppNetworkAccessType is a parameter',
    build: (stack) => domain(stack, { appNetworkAccessType: param(stack) }),
    path: 'Domain',
    expect: 'unknown',
  },
]);
