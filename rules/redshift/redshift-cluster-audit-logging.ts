import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_REDSHIFT_CLUSTER, NIST_AUDIT_LOGGING, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-audit-logging',
  title: 'Redshift cluster has audit logging enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'Amazon Redshift writes connection, user and user-activity logs to Amazon S3 or CloudWatch Logs only when audit logging is configured (LoggingProperties with a bucket or LogDestinationType cloudwatch).',
  customerSide:
    "Keeping a record of who connected and what they changed is the customer's: audit logging must be turned on with a destination the customer retains and monitors.",
  severity: 'warning',
  remediation: {
    l1: 'LoggingProperties: { BucketName, S3KeyPrefix } or { LogDestinationType: cloudwatch, LogExports: [connectionlog, userlog, useractivitylog] }',
  },
  controls: { fsbp: ['Redshift.4'], nist: [...NIST_AUDIT_LOGGING] },
  sources: [
    `${REDSHIFT_CONTROLS}#redshift-4`,
    `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-loggingproperties`,
    'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  ],
  messages: {
    notSet: 'LoggingProperties is not set, so audit logging is off.',
    noDestination: 'LoggingProperties names neither a BucketName nor LogDestinationType cloudwatch, so audit logs have no destination.',
  },
  evaluate(ctx) {
    const logging = ctx.props.at('LoggingProperties');
    if (!logging.isSet()) return unconfigured('notSet');
    const type = logging.at('LogDestinationType').str()?.toLowerCase();
    if (type === 'cloudwatch') return configured('audit logs go to CloudWatch Logs');
    if (logging.at('BucketName').isSet()) return configured('audit logs go to an S3 bucket');
    return unconfigured('noDestination');
  },
});
