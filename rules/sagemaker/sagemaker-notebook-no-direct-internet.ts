import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sagemaker-notebook-no-direct-internet',
  title: 'SageMaker notebook instance has direct internet access disabled',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  awsSide:
    "AWS runs the notebook instance in a SageMaker-managed VPC with a network interface in the customer's subnet if one is given; DirectInternetAccess defaults to Enabled, so the notebook can reach (and be reached from) the internet through SageMaker's network.",
  customerSide:
    "The notebook's network path is the customer's: with DirectInternetAccess Disabled, traffic goes only through the customer's VPC, where security groups, NAT, endpoints and flow logs apply.",
  severity: 'error',
  remediation: {
    l1: 'DirectInternetAccess: Disabled (requires SubnetId and SecurityGroupIds; add VPC endpoints or NAT for SageMaker APIs)',
  },
  controls: {
    fsbp: ['SageMaker.1'],
    nist: [
      'AC-21',
      'AC-3',
      'AC-3(7)',
      'AC-4',
      'AC-4(21)',
      'AC-6',
      'SC-7',
      'SC-7(11)',
      'SC-7(16)',
      'SC-7(20)',
      'SC-7(21)',
      'SC-7(3)',
      'SC-7(4)',
      'SC-7(9)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html#cfn-sagemaker-notebookinstance-directinternetaccess',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
  ],
  messages: {
    enabled: 'DirectInternetAccess is {value}, so the notebook instance has direct internet access.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('DirectInternetAccess').str();
    if (value?.toLowerCase() === 'disabled') return configured('DirectInternetAccess is Disabled');
    return unconfigured('enabled', { value: value ?? 'not set (default Enabled)' });
  },
});
