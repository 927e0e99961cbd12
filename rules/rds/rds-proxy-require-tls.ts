import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from './helpers';

export default defineDuty({
  id: 'rds-proxy-require-tls',
  title: 'RDS Proxy requires TLS for client connections',
  category: 'data-protection',
  resourceTypes: ['AWS::RDS::DBProxy'],
  awsSide:
    'RDS Proxy terminates client connections with an AWS certificate and accepts TLS, but enforces it only when RequireTLS is true; the CDK DatabaseProxy sets requireTLS by default.',
  customerSide:
    "Protecting data in transit through the proxy is the customer's: without RequireTLS, clients may send credentials and queries in plaintext.",
  severity: 'error',
  remediation: {
    l2: 'new rds.DatabaseProxy(this, id, { proxyTarget, secrets, vpc, requireTLS: true }) (the CDK default)',
    l1: 'RequireTLS: true',
  },
  controls: { fsbp: [], nist: [...NIST.tls] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbproxy.html#cfn-rds-dbproxy-requiretls',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.howitworks.html',
  ],
  messages: {
    notSet: 'RequireTLS is not set, so the proxy also accepts connections without TLS.',
    disabled: 'RequireTLS is false, so the proxy accepts connections without TLS.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('RequireTLS').bool();
    if (value === true) return configured('RequireTLS is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
