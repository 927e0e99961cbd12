import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_DOMAIN, CFN_ES_DOMAIN, DOMAIN_TYPES, ES_CONTROLS, NIST_LOGGING, OPENSEARCH_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-audit-logs',
  title: 'OpenSearch domain publishes audit logs',
  category: 'logging-and-monitoring',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'With fine-grained access control, OpenSearch Service records authentication, index and document access in audit logs and publishes them to CloudWatch Logs only when LogPublishingOptions.AUDIT_LOGS is enabled.',
  customerSide: "Tracking who accessed and changed data in the domain is the customer's: audit logs must be turned on and retained.",
  severity: 'warning',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, fineGrainedAccessControl, logging: { auditLogEnabled: true } })',
    l1: 'LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn } }',
  },
  controls: { fsbp: ['Opensearch.5', 'ES.5'], nist: [...NIST_LOGGING] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-5`,
    `${OPENSEARCH_CONTROLS}#opensearch-5`,
    `${CFN_DOMAIN}#cfn-opensearchservice-domain-logpublishingoptions`,
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
  ],
  messages: {
    off: 'LogPublishingOptions does not enable AUDIT_LOGS with a log group, so audit logs are not published.',
  },
  evaluate(ctx) {
    const option = ctx.props.at('LogPublishingOptions.AUDIT_LOGS');
    if (option.at('Enabled').bool() === true && option.at('CloudWatchLogsLogGroupArn').isSet())
      return configured('AUDIT_LOGS are published to CloudWatch Logs');
    return unconfigured('off');
  },
});
