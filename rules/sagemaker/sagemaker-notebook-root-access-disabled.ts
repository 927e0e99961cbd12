import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sagemaker-notebook-root-access-disabled',
  title: 'SageMaker notebook instance users do not have root access',
  category: 'identity-and-access',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  awsSide:
    "AWS manages the notebook instance's platform; RootAccess defaults to Enabled, giving every notebook user root on the instance (lifecycle configurations always run as root).",
  customerSide:
    "Who may administer the notebook instance is the customer's choice: disabling root access stops users from altering the platform, installing unvetted system software or reading other users' files.",
  severity: 'warning',
  remediation: {
    l1: 'RootAccess: Disabled (install system packages in a lifecycle configuration instead)',
  },
  controls: { fsbp: ['SageMaker.3'], nist: ['AC-2(1)', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html#cfn-sagemaker-notebookinstance-rootaccess',
  ],
  messages: {
    enabled: 'RootAccess is {value}, so notebook users have root on the instance.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('RootAccess').str();
    if (value?.toLowerCase() === 'disabled') return configured('RootAccess is Disabled');
    return unconfigured('enabled', { value: value ?? 'not set (default Enabled)' });
  },
});
