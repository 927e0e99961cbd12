import { dutyCases } from '../../harness';
import { job, param, securityConfiguration } from './fixtures';

dutyCases('glue-job-security-configuration', [
  {
    name: 'the job references a security configuration with SSE-KMS',
    build: (stack) => job(stack, { securityConfiguration: securityConfiguration(stack, 'SSE-KMS').ref }),
    path: 'Job',
    expect: 'configured',
  },
  {
    name: 'the job names an SSE-S3 security configuration of the app by its name',
    build: (stack) => {
      securityConfiguration(stack, 'SSE-S3', 'etl-sec');
      job(stack, { securityConfiguration: 'etl-sec' });
    },
    path: 'Job',
    expect: 'configured',
  },
  { name: 'the job names no security configuration', build: (stack) => job(stack), path: 'Job', expect: 'unconfigured' },
  {
    name: 'the security configuration disables S3 encryption',
    build: (stack) => job(stack, { securityConfiguration: securityConfiguration(stack, 'DISABLED').ref }),
    path: 'Job',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override attaches the security configuration',
    build: (stack) => {
      const config = securityConfiguration(stack, 'SSE-KMS');
      job(stack).addPropertyOverride('SecurityConfiguration', config.ref);
    },
    path: 'Job',
    expect: 'configured',
  },
  {
    name: 'the security configuration is a parameter',
    build: (stack) => job(stack, { securityConfiguration: param(stack) }),
    path: 'Job',
    expect: 'unknown',
  },
  {
    name: 'the security configuration is defined outside the app',
    build: (stack) => job(stack, { securityConfiguration: 'shared-sec-config' }),
    path: 'Job',
    expect: 'unknown',
  },
]);
