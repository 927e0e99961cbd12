import { namedKey } from '../../lib/model/evidence/kms';
import { defineDuty } from '../../lib/model/duty';
import { stringList } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'eks-cluster-secrets-encryption',
  title: 'EKS cluster envelope-encrypts Kubernetes secrets with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::EKS::Cluster'],
  awsSide:
    'AWS encrypts etcd volumes and, for Kubernetes 1.28 and later, envelope-encrypts all Kubernetes API data by default with an AWS owned KMS key the customer cannot see, audit or revoke.',
  customerSide:
    "Control over the key that protects Kubernetes secrets is the customer's: only an EncryptionConfig with the customer's own KMS key gives key-policy control, CloudTrail audit and the ability to revoke access.",
  severity: 'warning',
  remediation: {
    l2: "new eks.Cluster(this, id, { version, secretsEncryptionKey: new kms.Key(this, 'EksSecretsKey', { enableKeyRotation: true }) })",
    l1: 'EncryptionConfig: [{ Provider: { KeyArn: <KMS key ARN> }, Resources: [secrets] }]',
  },
  controls: { fsbp: ['EKS.3'], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3',
    'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-encryptionconfig.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
  ],
  messages: {
    none: 'The cluster has no EncryptionConfig for secrets, so Kubernetes secrets are envelope-encrypted only with an AWS owned key (Kubernetes 1.28+).',
  },
  evaluate(ctx) {
    for (const config of ctx.props.at('EncryptionConfig').list() ?? []) {
      const resources = stringList(config.at('Resources')) ?? [];
      if (!resources.includes('secrets')) continue;
      const key = namedKey(ctx, config.at('Provider').at('KeyArn'));
      if (key !== undefined) return configured(`secrets are envelope-encrypted with ${key}`);
    }
    return unconfigured('none');
  },
});
