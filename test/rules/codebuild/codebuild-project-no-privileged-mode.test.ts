import { dutyCases } from '../../harness';
import { cfnProject, param, project, rawProject } from './fixtures';

dutyCases('codebuild-project-no-privileged-mode', [
  { name: 'the L2 project keeps the default', build: (stack) => project(stack), path: 'Project', expect: 'configured' },
  { name: 'the L1 project omits PrivilegedMode', build: (stack) => rawProject(stack), path: 'Raw', expect: 'configured' },
  {
    name: 'the L2 project sets privileged: true',
    build: (stack) => project(stack, { environment: { privileged: true } }),
    path: 'Project',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns privileged mode off',
    build: (stack) =>
      cfnProject(project(stack, { environment: { privileged: true } })).addPropertyOverride('Environment.PrivilegedMode', false),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'PrivilegedMode is a parameter',
    build: (stack) =>
      rawProject(stack, {
        environment: {
          computeType: 'BUILD_GENERAL1_SMALL',
          image: 'aws/codebuild/standard:7.0',
          type: 'LINUX_CONTAINER',
          privilegedMode: param(stack) as never,
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
