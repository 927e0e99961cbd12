import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'eks-cluster-audit-logging',
  title: 'EKS cluster sends Kubernetes audit logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::EKS::Cluster'],
  awsSide:
    'AWS runs the control plane and can deliver its api, audit, authenticator, controllerManager and scheduler logs to CloudWatch Logs, but sends none by default.',
  customerSide:
    "Recording who did what in the cluster is the customer's: without the audit log type there is no record of Kubernetes API calls for investigations.",
  severity: 'warning',
  remediation: {
    l2: 'new eks.Cluster(this, id, { version, clusterLogging: [eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.AUTHENTICATOR] })',
    l1: 'Logging: { ClusterLogging: { EnabledTypes: [{ Type: audit }] } }',
  },
  controls: {
    fsbp: ['EKS.8'],
    nist: [
      'AC-2(12)',
      'AC-2(4)',
      'AC-4(26)',
      'AC-6(9)',
      'AU-10',
      'AU-12',
      'AU-2',
      'AU-3',
      'AU-6(3)',
      'AU-6(4)',
      'CA-7',
      'SC-7(10)',
      'SI-3(8)',
      'SI-4(20)',
      'SI-7(8)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8',
    'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-logging.html',
  ],
  messages: {
    none: 'The cluster enables no control plane log types.',
    noAudit: 'The cluster enables control plane logs ({types}) but not the audit log.',
  },
  evaluate(ctx) {
    const types = (ctx.props.at('Logging').at('ClusterLogging').at('EnabledTypes').list() ?? []).map((t) => t.at('Type').str() ?? '');
    if (types.includes('audit')) return configured('the audit log type is enabled');
    if (types.length === 0) return unconfigured('none');
    return unconfigured('noAudit', { types: types.join(', ') });
  },
});
