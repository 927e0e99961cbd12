import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { engineOf } from './helpers';

const HIGHLY_AVAILABLE: Record<string, string> = { ACTIVEMQ: 'ACTIVE_STANDBY_MULTI_AZ', RABBITMQ: 'CLUSTER_MULTI_AZ' };

export default defineDuty({
  id: 'mq-broker-high-availability',
  title: 'Amazon MQ broker is deployed across Availability Zones',
  category: 'resilience',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  awsSide:
    'Amazon MQ replaces failed broker instances, but a SINGLE_INSTANCE broker runs in one Availability Zone and is unavailable while it is replaced; active/standby (ActiveMQ) and cluster (RabbitMQ) deployments span Availability Zones and fail over.',
  customerSide: "Choosing a deployment mode that survives the loss of an instance or an Availability Zone is the customer's.",
  severity: 'warning',
  remediation: {
    l1: 'DeploymentMode: ACTIVE_STANDBY_MULTI_AZ (ActiveMQ) or CLUSTER_MULTI_AZ (RabbitMQ)',
  },
  controls: { fsbp: [], nist: ['CP-10', 'SC-5(2)', 'SC-36'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/mq-controls.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-amazonmq-broker.html#cfn-amazonmq-broker-deploymentmode',
    'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/amazon-mq-broker-architecture.html',
  ],
  messages: {
    single: 'DeploymentMode is {mode}, so the {engine} broker runs in a single Availability Zone without a standby.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props) ?? 'ACTIVEMQ';
    const mode = ctx.props.at('DeploymentMode').str();
    if (mode !== undefined && mode === HIGHLY_AVAILABLE[engine]) return configured(`DeploymentMode is ${mode}`);
    return unconfigured('single', { mode: mode ?? 'not set', engine });
  },
});
