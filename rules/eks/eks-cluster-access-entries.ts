import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'eks-cluster-access-entries',
  title: 'EKS cluster manages access with EKS access entries',
  category: 'identity-and-access',
  resourceTypes: ['AWS::EKS::Cluster'],
  awsSide:
    'AWS authenticates IAM principals to the cluster either through EKS access entries (managed with the EKS API, audited in CloudTrail) or through the aws-auth ConfigMap inside the cluster; clusters created with CloudFormation default to CONFIG_MAP.',
  customerSide:
    "Granting IAM principals access to Kubernetes is the customer's: with access entries the grants are declared and audited as AWS resources instead of edited by hand in a ConfigMap.",
  severity: 'info',
  remediation: {
    l2: 'new eks.Cluster(this, id, { version }) (aws-eks-v2 sets AuthenticationMode API) and grant with cluster.grantAccess(...)',
    l1: 'AccessConfig: { AuthenticationMode: API } (or API_AND_CONFIG_MAP while migrating)',
  },
  controls: { fsbp: [], nist: ['AC-2', 'AC-3', 'AC-6', 'AU-12'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-accessconfig.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html',
  ],
  messages: {
    configMap: "The cluster's AuthenticationMode is {mode}, so IAM access is granted only through the aws-auth ConfigMap.",
  },
  evaluate(ctx) {
    const mode = ctx.props.at('AccessConfig').at('AuthenticationMode').str();
    if (mode === 'API') return configured('AuthenticationMode is API');
    if (mode === 'API_AND_CONFIG_MAP')
      return configured('AuthenticationMode is API_AND_CONFIG_MAP (access entries enabled; aws-auth still honoured)');
    return unconfigured('configMap', { mode: mode ?? 'not set (CONFIG_MAP for clusters created with CloudFormation)' });
  },
});
