import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_DOMAIN, CFN_ES_DOMAIN, DOMAIN_TYPES, ES_CONTROLS, NIST_LOGGING, OPENSEARCH_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-error-logs',
  title: 'OpenSearch domain publishes error logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    "OpenSearch Service publishes the domain's error (application) logs to a CloudWatch Logs group only when LogPublishingOptions.ES_APPLICATION_LOGS is enabled with a log group; log publishing is off by default.",
  customerSide: "Diagnosing failures and investigating incidents is the customer's: the error logs must be published and retained.",
  severity: 'warning',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, logging: { appLogEnabled: true } })',
    l1: 'LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn } }',
  },
  controls: { fsbp: ['Opensearch.4', 'ES.4'], nist: [...NIST_LOGGING] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-4`,
    `${OPENSEARCH_CONTROLS}#opensearch-4`,
    `${CFN_DOMAIN}#cfn-opensearchservice-domain-logpublishingoptions`,
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html',
  ],
  messages: {
    off: 'LogPublishingOptions does not enable ES_APPLICATION_LOGS with a log group, so error logs are not published.',
  },
  evaluate(ctx) {
    const option = ctx.props.at('LogPublishingOptions.ES_APPLICATION_LOGS');
    if (option.at('Enabled').bool() === true && option.at('CloudWatchLogsLogGroupArn').isSet())
      return configured('ES_APPLICATION_LOGS are published to CloudWatch Logs');
    return unconfigured('off');
  },
});
