import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { dutyCases } from '../../harness';
import { cfnProject, param, project, rawProject } from './fixtures';

dutyCases('codebuild-project-no-plaintext-credentials', [
  { name: 'the L2 project has no environment variables', build: (stack) => project(stack), path: 'Project', expect: 'configured' },
  {
    name: 'the L2 project reads its token from Secrets Manager',
    build: (stack) =>
      project(stack, {
        environmentVariables: {
          NPM_TOKEN: { type: codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER, value: 'ci/npm:token' },
          STAGE: { value: 'prod' },
        },
      }),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the L2 project passes AWS keys as plaintext variables',
    build: (stack) =>
      project(stack, {
        environmentVariables: { AWS_ACCESS_KEY_ID: { value: 'AKIAEXAMPLE' }, AWS_SECRET_ACCESS_KEY: { value: 'not-a-real-key' } },
      }),
    path: 'Project',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override moves the variable to Parameter Store',
    build: (stack) =>
      cfnProject(project(stack, { environmentVariables: { DB_PASSWORD: { value: 'x' } } })).addPropertyOverride(
        'Environment.EnvironmentVariables.0.Type',
        'PARAMETER_STORE',
      ),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the variable type is a parameter',
    build: (stack) =>
      rawProject(stack, {
        environment: {
          computeType: 'BUILD_GENERAL1_SMALL',
          image: 'aws/codebuild/standard:7.0',
          type: 'LINUX_CONTAINER',
          environmentVariables: [{ name: 'DB_PASSWORD', value: '/db/password', type: param(stack) }],
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
