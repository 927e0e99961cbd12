import { dutyCases } from '../../harness';
import { notebook, param } from './fixtures';

dutyCases('sagemaker-notebook-root-access-disabled', [
  {
    name: 'the notebook disables root access',
    build: (stack) => notebook(stack, { rootAccess: 'Disabled' }),
    path: 'Notebook',
    expect: 'configured',
  },
  { name: 'the notebook keeps the default (Enabled)', build: (stack) => notebook(stack), path: 'Notebook', expect: 'unconfigured' },
  {
    name: 'an escape-hatch override disables root access',
    build: (stack) => notebook(stack, { rootAccess: 'Enabled' }).addPropertyOverride('RootAccess', 'Disabled'),
    path: 'Notebook',
    expect: 'configured',
  },
  {
    name: 'RootAccess is a parameter',
    build: (stack) => notebook(stack, { rootAccess: param(stack) }),
    path: 'Notebook',
    expect: 'unknown',
  },
]);
