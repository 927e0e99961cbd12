import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';

/** The client authentication methods the cluster turns on: SASL/IAM, SASL/SCRAM, mutual TLS. */
function authenticationMethods(auth: Value): string[] {
  const methods: string[] = [];
  if (auth.at('Sasl.Iam.Enabled').bool() === true) methods.push('SASL/IAM');
  if (auth.at('Sasl.Scram.Enabled').bool() === true) methods.push('SASL/SCRAM');
  const tls = auth.at('Tls');
  if (
    tls.at('Enabled').bool() === true ||
    (tls.at('Enabled').raw === undefined && (tls.at('CertificateAuthorityArnList').list() ?? []).length > 0)
  )
    methods.push('mutual TLS');
  return methods;
}

export default defineDuty({
  id: 'msk-cluster-unauthenticated-access-disabled',
  title: 'MSK cluster requires clients to authenticate',
  category: 'identity-and-access',
  resourceTypes: ['AWS::MSK::Cluster'],
  awsSide:
    "Amazon MSK authenticates clients with IAM, SASL/SCRAM or mutual TLS only when the cluster's ClientAuthentication turns them on; a cluster without client authentication, or with Unauthenticated enabled, accepts anonymous clients.",
  customerSide:
    "Deciding who may produce and consume is the customer's: with unauthenticated access any client that reaches a broker can read and write every topic the ACLs do not protect.",
  severity: 'error',
  remediation: {
    l1: 'ClientAuthentication: { Sasl: { Iam: { Enabled: true } }, Unauthenticated: { Enabled: false } }',
  },
  controls: { fsbp: ['MSK.6'], nist: ['AC-3', 'AC-6', 'IA-2', 'IA-3'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-6',
    'https://docs.aws.amazon.com/config/latest/developerguide/msk-unrestricted-access-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-clientauthentication.html',
    'https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html',
  ],
  messages: {
    unauthenticated: 'ClientAuthentication Unauthenticated Enabled is true, so clients can connect without authenticating.',
    noAuthentication:
      'The cluster turns on no client authentication method (IAM, SCRAM or mutual TLS), so clients connect without authenticating.',
  },
  evaluate(ctx) {
    const auth = ctx.props.at('ClientAuthentication');
    if (auth.at('Unauthenticated.Enabled').bool() === true) return unconfigured('unauthenticated');
    const methods = authenticationMethods(auth);
    if (methods.length === 0) return unconfigured('noAuthentication');
    return configured(`clients authenticate with ${methods.join(', ')}`);
  },
});
