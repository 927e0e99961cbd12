import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'glue-connection-ssl-required',
  title: 'Glue JDBC connection requires SSL',
  category: 'data-protection',
  resourceTypes: ['AWS::Glue::Connection'],
  awsSide:
    "AWS Glue connects to JDBC data stores with the driver's defaults; it requires an SSL connection (and fails otherwise) only when JDBC_ENFORCE_SSL is true, which is not the default.",
  customerSide:
    "Protecting data in transit between Glue and the customer's database is the customer's: JDBC_ENFORCE_SSL makes Glue refuse unencrypted connections.",
  severity: 'warning',
  remediation: {
    l1: 'ConnectionInput.ConnectionProperties.JDBC_ENFORCE_SSL: "true"',
  },
  controls: { fsbp: [], nist: ['SC-8', 'SC-8(1)', 'SC-13'] },
  sources: [
    'https://docs.aws.amazon.com/glue/latest/dg/connection-properties.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-connection-connectioninput.html',
  ],
  messages: {
    notEnforced: 'The JDBC connection sets JDBC_ENFORCE_SSL to {value}, so Glue may connect without SSL.',
  },
  evaluate(ctx) {
    const input = ctx.props.at('ConnectionInput');
    const type = (input.at('ConnectionType').str() ?? '').toUpperCase();
    if (type !== 'JDBC') return notApplicable(`the connection type is ${type || 'not set'}, not JDBC`);
    const value = input.at('ConnectionProperties').at('JDBC_ENFORCE_SSL').str();
    if ((value ?? '').trim().toLowerCase() === 'true') return configured('JDBC_ENFORCE_SSL is true');
    return unconfigured('notEnforced', { value: value ?? 'not set (default false)' });
  },
});
