import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const DESTINATIONS = ['CloudWatchLogs', 'Firehose', 'S3'];

export default defineDuty({
  id: 'msk-cluster-broker-logs',
  title: 'MSK cluster delivers broker logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::MSK::Cluster'],
  awsSide:
    'Amazon MSK delivers Apache Kafka broker logs only to the destinations (CloudWatch Logs, Firehose, S3) that LoggingInfo BrokerLogs enables; none is enabled by default.',
  customerSide:
    "Keeping the brokers' logs, including authentication and authorization errors, is the customer's: without broker log delivery they are not available for troubleshooting or investigation.",
  severity: 'warning',
  remediation: {
    l1: 'LoggingInfo: { BrokerLogs: { CloudWatchLogs: { Enabled: true, LogGroup: <log group> } } } (or Firehose / S3)',
  },
  controls: { fsbp: [], nist: ['AU-2', 'AU-3', 'AU-12', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-brokerlogs.html',
  ],
  messages: {
    none: 'LoggingInfo BrokerLogs enables no destination, so the broker logs are not delivered anywhere.',
  },
  evaluate(ctx) {
    const logs = ctx.props.at('LoggingInfo.BrokerLogs');
    const enabled = DESTINATIONS.filter((d) => logs.at(`${d}.Enabled`).bool() === true);
    if (enabled.length > 0) return configured(`broker logs delivered to ${enabled.join(', ')}`);
    return unconfigured('none');
  },
});
