import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { notebook } from './fixtures';

dutyCases('sagemaker-notebook-in-vpc', [
  {
    name: 'the notebook is in a customer subnet',
    build: (stack) => notebook(stack, { subnetId: 'subnet-1', securityGroupIds: ['sg-1'] }),
    path: 'Notebook',
    expect: 'configured',
  },
  { name: 'the notebook sets no subnet', build: (stack) => notebook(stack), path: 'Notebook', expect: 'unconfigured' },
  {
    name: 'an escape-hatch override places it in a subnet',
    build: (stack) => notebook(stack).addPropertyOverride('SubnetId', 'subnet-2'),
    path: 'Notebook',
    expect: 'configured',
  },
  {
    name: 'the subnet is set only under a condition',
    build: (stack) => notebook(stack, { subnetId: Fn.conditionIf('InVpc', 'subnet-1', Fn.ref('AWS::NoValue')).toString() }),
    path: 'Notebook',
    expect: 'unknown',
  },
]);
