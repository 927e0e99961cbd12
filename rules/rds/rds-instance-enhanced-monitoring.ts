import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf } from './helpers';

export default defineDuty({
  id: 'rds-instance-enhanced-monitoring',
  title: 'RDS DB instance has Enhanced Monitoring enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS runs an agent on the DB instance host that publishes operating-system metrics to CloudWatch Logs when Enhanced Monitoring is on; MonitoringInterval defaults to 0, which turns it off.',
  customerSide:
    "Watching the database host for resource exhaustion and abnormal processes is the customer's: Enhanced Monitoring has to be turned on, with an interval and a monitoring role.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, monitoringInterval: Duration.seconds(60) })',
    l1: 'MonitoringInterval: 1, 5, 10, 15, 30 or 60 and MonitoringRoleArn (on an Aurora cluster: on the DB cluster or on each instance)',
  },
  controls: { fsbp: ['RDS.6'], nist: [...NIST.monitoring] },
  sources: [
    `${RDS_CONTROLS}#rds-6`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-monitoringinterval`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html',
  ],
  messages: {
    notSet: 'MonitoringInterval is not set, so Enhanced Monitoring is off (default 0).',
    disabled: 'MonitoringInterval is 0, so Enhanced Monitoring is off.',
  },
  evaluate(ctx) {
    const interval = ctx.props.at('MonitoringInterval').num();
    if (interval !== undefined && interval > 0) return configured(`MonitoringInterval is ${interval} seconds`);
    const membership = clusterOf(ctx);
    if (membership.member && membership.cluster) {
      const clusterInterval = ctx.propsOf(membership.cluster).at('MonitoringInterval').num();
      if (clusterInterval !== undefined && clusterInterval > 0) {
        return configured(`the DB cluster ${membership.cluster.logicalId} sets MonitoringInterval to ${clusterInterval} seconds`);
      }
    }
    return unconfigured(interval === 0 ? 'disabled' : 'notSet');
  },
});
