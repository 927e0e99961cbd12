import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sagemaker-notebook-in-vpc',
  title: "SageMaker notebook instance is launched in the customer's VPC",
  category: 'infrastructure-security',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  awsSide:
    "AWS always gives the notebook a network interface in a SageMaker-managed VPC; it attaches one in the customer's VPC only when SubnetId is set.",
  customerSide:
    'Network controls for the notebook (security groups, endpoints, flow logs, private data access) exist only if the customer places it in their own subnet.',
  severity: 'warning',
  remediation: {
    l1: 'SubnetId: <private subnet>, SecurityGroupIds: [<security group>]',
  },
  controls: {
    fsbp: ['SageMaker.2'],
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
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2',
    'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-notebook-instance-inside-vpc.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html#cfn-sagemaker-notebookinstance-subnetid',
  ],
  messages: {
    noSubnet: "The notebook instance sets no SubnetId, so it has no network interface in the customer's VPC.",
  },
  evaluate(ctx) {
    if (ctx.props.at('SubnetId').isSet()) return configured('SubnetId is set');
    return unconfigured('noSubnet');
  },
});
