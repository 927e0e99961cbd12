import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sagemaker-domain-vpc-only',
  title: "SageMaker domain sends Studio traffic only through the customer's VPC",
  category: 'infrastructure-security',
  resourceTypes: ['AWS::SageMaker::Domain'],
  awsSide:
    'AWS runs the Studio apps; AppNetworkAccessType defaults to PublicInternetOnly, where non-EFS traffic goes through a SageMaker-managed VPC with direct internet access.',
  customerSide:
    "Network placement of the users' apps is the customer's: VpcOnly routes all Studio traffic through the customer's subnets, security groups and endpoints.",
  severity: 'warning',
  remediation: {
    l1: 'AppNetworkAccessType: VpcOnly (with SubnetIds, VpcId, security groups and the needed VPC endpoints)',
  },
  controls: { fsbp: [], nist: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(3)', 'SC-7(4)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-domain.html#cfn-sagemaker-domain-appnetworkaccesstype',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html',
  ],
  messages: {
    public: 'AppNetworkAccessType is {value}, so Studio apps reach the internet directly through a SageMaker-managed VPC.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('AppNetworkAccessType').str();
    if (value === 'VpcOnly') return configured('AppNetworkAccessType is VpcOnly');
    return unconfigured('public', { value: value ?? 'not set (default PublicInternetOnly)' });
  },
});
