import { dutyCases } from '../../harness';
import { notebook, param } from './fixtures';

dutyCases('sagemaker-notebook-no-direct-internet', [
  {
    name: 'the notebook disables direct internet access in a subnet',
    build: (stack) => notebook(stack, { directInternetAccess: 'Disabled', subnetId: 'subnet-1', securityGroupIds: ['sg-1'] }),
    path: 'Notebook',
    expect: 'configured',
  },
  { name: 'the notebook keeps the default (Enabled)', build: (stack) => notebook(stack), path: 'Notebook', expect: 'unconfigured' },
  {
    name: 'the notebook sets Enabled',
    build: (stack) => notebook(stack, { directInternetAccess: 'Enabled' }),
    path: 'Notebook',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override disables direct internet access',
    build: (stack) =>
      notebook(stack, { subnetId: 'subnet-1', securityGroupIds: ['sg-1'] }).addPropertyOverride('DirectInternetAccess', 'Disabled'),
    path: 'Notebook',
    expect: 'configured',
  },
  {
    name: 'DirectInternetAccess is a parameter',
    build: (stack) => notebook(stack, { directInternetAccess: param(stack) }),
    path: 'Notebook',
    expect: 'unknown',
  },
]);
