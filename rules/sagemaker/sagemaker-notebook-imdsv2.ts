import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const CFN =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sagemaker-notebookinstance-instancemetadataserviceconfiguration.html';

export default defineDuty({
  id: 'sagemaker-notebook-imdsv2',
  title: 'SageMaker notebook instance requires IMDSv2',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::SageMaker::NotebookInstance'],
  awsSide:
    'SageMaker serves the notebook instance\'s role credentials through the instance metadata service; when CreateNotebookInstance gets no MinimumInstanceMetadataServiceVersion "it defaults to IMDSv1", so both IMDSv1 and IMDSv2 are answered.',
  customerSide:
    "Protecting the notebook's role credentials from SSRF-style theft through the metadata service is the customer's: the instance must accept only IMDSv2 session requests.",
  severity: 'warning',
  remediation: { l1: "InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' }" },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6', 'CM-2', 'CM-2(2)'] },
  sources: [
    `${CFN}#cfn-sagemaker-notebookinstance-instancemetadataserviceconfiguration-minimuminstancemetadataserviceversion`,
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html',
  ],
  messages: {
    v1: 'InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion is {value}, so the notebook instance still answers IMDSv1 requests.',
  },
  evaluate(ctx) {
    const version = ctx.props.at('InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion').str();
    if (version === '2') return configured('MinimumInstanceMetadataServiceVersion is 2');
    return unconfigured('v1', { value: version ?? 'not set (defaults to IMDSv1)' });
  },
});
