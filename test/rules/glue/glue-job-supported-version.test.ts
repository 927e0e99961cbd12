import { dutyCases } from '../../harness';
import { job, param } from './fixtures';

dutyCases('glue-job-supported-version', [
  { name: 'the Spark job runs on Glue 5.0', build: (stack) => job(stack, { glueVersion: '5.0' }), path: 'Job', expect: 'configured' },
  { name: 'the Spark job sets no GlueVersion (latest)', build: (stack) => job(stack), path: 'Job', expect: 'configured' },
  { name: 'the Spark job runs on Glue 2.0', build: (stack) => job(stack, { glueVersion: '2.0' }), path: 'Job', expect: 'unconfigured' },
  {
    name: 'a Python shell job',
    build: (stack) =>
      job(stack, { glueVersion: '3.0', command: { name: 'pythonshell', scriptLocation: 's3://scripts/job.py', pythonVersion: '3.9' } }),
    path: 'Job',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override moves the job to Glue 4.0',
    build: (stack) => job(stack, { glueVersion: '1.0' }).addPropertyOverride('GlueVersion', '4.0'),
    path: 'Job',
    expect: 'configured',
  },
  { name: 'GlueVersion is a parameter', build: (stack) => job(stack, { glueVersion: param(stack) }), path: 'Job', expect: 'unknown' },
]);
