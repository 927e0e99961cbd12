import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { LOGGING_NIST } from '../apigateway/helpers';
import { APPSYNC_CONTROLS, CFN_GRAPHQL_API } from './helpers';

const LOGGING = new Set(['ERROR', 'INFO', 'DEBUG', 'ALL']);

export default defineDuty({
  id: 'appsync-graphql-api-field-logging',
  title: 'AppSync GraphQL API logs resolver errors to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::AppSync::GraphQLApi'],
  awsSide:
    'AppSync publishes request and field-level (resolver) logs to CloudWatch Logs only when the API has a LogConfig with a FieldLogLevel other than NONE and a role it can assume to write them; without LogConfig nothing is logged.',
  customerSide:
    "Seeing failed and abusive GraphQL requests is the customer's: field-level logging at ERROR or above, with a CloudWatch Logs role, must be turned on.",
  severity: 'warning',
  remediation: {
    l2: 'new appsync.GraphqlApi(this, id, { name, definition, logConfig: { fieldLogLevel: appsync.FieldLogLevel.ERROR } })',
    l1: 'LogConfig: { FieldLogLevel: ERROR (or INFO, DEBUG, ALL), CloudWatchLogsRoleArn }',
  },
  controls: { fsbp: ['AppSync.2'], nist: [...LOGGING_NIST] },
  sources: [
    `${APPSYNC_CONTROLS}#appsync-2`,
    `${CFN_GRAPHQL_API}#cfn-appsync-graphqlapi-logconfig`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-appsync-graphqlapi-logconfig.html',
    'https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html',
  ],
  messages: {
    none: 'The API has no LogConfig, so AppSync writes no request or resolver logs.',
    level: 'LogConfig.FieldLogLevel is {level}, so resolver errors are not logged.',
    role: 'LogConfig has no CloudWatchLogsRoleArn, so AppSync has no role to write its logs with.',
  },
  evaluate(ctx) {
    const config = ctx.props.at('LogConfig');
    if (!config.isSet()) return unconfigured('none');
    const level = config.at('FieldLogLevel').str();
    if (level === undefined || !LOGGING.has(level)) return unconfigured('level', { level: level ?? 'not set (NONE)' });
    if (!config.at('CloudWatchLogsRoleArn').isSet()) return unconfigured('role');
    return configured(`LogConfig.FieldLogLevel is ${level}`);
  },
});
