import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CALENDAR_AS_OF, versionStatus } from './helpers';

export default defineDuty({
  id: 'eks-cluster-supported-version',
  title: 'EKS cluster runs a Kubernetes version in standard support',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::EKS::Cluster'],
  awsSide:
    'AWS patches the control plane of each Kubernetes minor version for 14 months of standard support and 12 months of paid extended support, then upgrades it automatically; without Version, CloudFormation uses the EKS default version.',
  customerSide:
    "Choosing and upgrading the cluster's Kubernetes version (and then its add-ons and nodes) is the customer's: a version past standard support costs extra and soon loses CVE patches.",
  severity: 'warning',
  remediation: {
    l2: 'new eks.Cluster(this, id, { version: eks.KubernetesVersion.V1_35 }) (aws-eks-v2; a version in standard support)',
    l1: 'Version: a Kubernetes minor version in Amazon EKS standard support (1.34 or later on ' + CALENDAR_AS_OF + ')',
  },
  controls: { fsbp: ['EKS.2'], nist: ['CA-9(1)', 'CM-2', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-2',
    'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-eks-cluster.html#cfn-eks-cluster-version',
  ],
  messages: {
    extended:
      'The cluster runs Kubernetes {version}, whose standard support ended on {standardEnds}; it is in paid extended support until {extendedEnds}.',
    unsupported: 'The cluster runs Kubernetes {version}, which is past the end of Amazon EKS support and no longer receives patches.',
    unrecognised: "The cluster's Version {version} is not a Kubernetes minor version that Amazon EKS offers.",
  },
  evaluate(ctx) {
    const version = ctx.props.at('Version').str();
    if (version === undefined) return configured('Version is not set, so EKS uses its default version, which is in standard support');
    const status = versionStatus(version);
    switch (status.kind) {
      case 'standard':
        return configured(`Kubernetes ${version} is in standard support${status.standardEnds ? ` until ${status.standardEnds}` : ''}`);
      case 'extended':
        return unconfigured('extended', { version, standardEnds: status.standardEnds, extendedEnds: status.extendedEnds });
      case 'unsupported':
        return unconfigured('unsupported', { version });
      case 'unrecognised':
        return unconfigured('unrecognised', { version });
    }
  },
});
