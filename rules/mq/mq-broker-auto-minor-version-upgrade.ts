import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'mq-broker-auto-minor-version-upgrade',
  title: 'Amazon MQ broker has automatic minor version upgrades enabled',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  awsSide:
    'Amazon MQ releases and supports new broker engine patch versions and applies them in the maintenance window when AutoMinorVersionUpgrade is true, the default; it must be true for ActiveMQ 5.18+ and RabbitMQ 3.13+.',
  customerSide:
    "Letting security fixes reach the broker engine is the customer's: with automatic upgrades off, the engine stays on the version the customer chose until they upgrade it.",
  severity: 'warning',
  remediation: {
    l1: 'AutoMinorVersionUpgrade: true (or omit it)',
  },
  controls: { fsbp: ['MQ.3'], nist: ['CM-3', 'SI-2'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/mq-controls.html#mq-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-amazonmq-broker.html#cfn-amazonmq-broker-autominorversionupgrade',
  ],
  messages: {
    off: 'AutoMinorVersionUpgrade is false, so Amazon MQ does not apply new engine patch versions to the broker.',
  },
  evaluate(ctx) {
    const auto = ctx.props.at('AutoMinorVersionUpgrade').bool();
    if (auto === false) return unconfigured('off');
    return configured(auto === true ? 'AutoMinorVersionUpgrade is true' : 'AutoMinorVersionUpgrade not set: true by default');
  },
});
