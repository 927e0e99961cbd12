import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { engineOf } from './helpers';

export default defineDuty({
  id: 'mq-broker-audit-logging',
  title: 'Amazon MQ ActiveMQ broker streams audit logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  awsSide:
    "Amazon MQ publishes an ActiveMQ broker's audit log (user management actions through JMX or the web console) to CloudWatch Logs only when Logs Audit is true; audit logging does not apply to RabbitMQ.",
  customerSide:
    "Keeping a record of administrative actions on the broker is the customer's: without audit logs, changes to users and destinations cannot be traced.",
  severity: 'warning',
  remediation: {
    l1: 'Logs: { Audit: true, General: true }',
  },
  controls: { fsbp: ['MQ.2'], nist: ['AU-2', 'AU-3', 'AU-12', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/mq-controls.html#mq-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-amazonmq-broker-loglist.html',
    'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-configure-cloudwatch.html',
  ],
  messages: {
    off: 'Logs Audit is {value}, so the ActiveMQ broker does not publish audit logs to CloudWatch Logs.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props);
    if (engine !== 'ACTIVEMQ')
      return notApplicable(`audit logging applies to ActiveMQ brokers; this broker's engine is ${engine ?? 'not set'}`);
    const audit = ctx.props.at('Logs.Audit').bool();
    if (audit === true) return configured('Logs Audit is true');
    return unconfigured('off', { value: audit === false ? 'false' : 'not set' });
  },
});
