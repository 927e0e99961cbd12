import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_NAMESPACE, NIST_AUDIT_LOGGING, REDSHIFT_SERVERLESS_CONTROLS } from './helpers';

const REQUIRED = ['connectionlog', 'userlog'];

export default defineDuty({
  id: 'redshift-serverless-namespace-log-exports',
  title: 'Redshift Serverless namespace exports connection and user logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::RedshiftServerless::Namespace'],
  awsSide:
    "Redshift Serverless exports the namespace's connection, user and user-activity logs to CloudWatch Logs only for the types listed in LogExports.",
  customerSide:
    "Keeping a record of who connected and how users were changed is the customer's: the connection and user logs must be exported so they can be retained and monitored.",
  severity: 'warning',
  remediation: { l1: 'LogExports: [connectionlog, userlog] (and useractivitylog as needed)' },
  controls: { fsbp: ['RedshiftServerless.6'], nist: [...NIST_AUDIT_LOGGING] },
  sources: [
    `${REDSHIFT_SERVERLESS_CONTROLS}#redshiftserverless-6`,
    `${CFN_NAMESPACE}#cfn-redshiftserverless-namespace-logexports`,
    'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-audit-logging.html',
  ],
  messages: {
    missing: 'LogExports is {exported}, which leaves out {missing}.',
  },
  evaluate(ctx) {
    const exported = (ctx.props.at('LogExports').list() ?? []).map((v) => v.str()?.toLowerCase() ?? '');
    const missing = REQUIRED.filter((t) => !exported.includes(t));
    if (missing.length > 0)
      return unconfigured('missing', {
        exported: exported.length > 0 ? `[${exported.join(', ')}]` : 'not set',
        missing: missing.join(' and '),
      });
    return configured(`LogExports includes ${REQUIRED.join(' and ')}`);
  },
});
