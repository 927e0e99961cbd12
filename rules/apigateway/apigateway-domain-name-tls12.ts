import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'apigateway-domain-name-tls12',
  title: 'API Gateway custom domain name requires TLS 1.2 or later',
  category: 'data-protection',
  resourceTypes: ['AWS::ApiGateway::DomainName'],
  awsSide:
    'API Gateway terminates TLS for custom domain names with the security policy the customer chooses; the TLS_1_0 policy still accepts TLS 1.0 and TLS 1.1 clients, while TLS_1_2 and the enhanced SecurityPolicy_* policies require TLS 1.2 or later.',
  customerSide:
    "Choosing the security policy is the customer's: only a TLS 1.2+ policy refuses clients that negotiate the deprecated protocol versions.",
  severity: 'warning',
  remediation: {
    l2: 'new apigateway.DomainName(this, id, { domainName, certificate, securityPolicy: apigateway.SecurityPolicy.TLS_1_2 })',
    l1: 'SecurityPolicy: "TLS_1_2" (or an enhanced SecurityPolicy_TLS13_* policy)',
  },
  controls: { fsbp: [], nist: ['SC-8', 'SC-8(1)', 'SC-13', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-domainname.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/apigateway-domain-name-tls-check.html',
  ],
  messages: {
    tls10: 'The custom domain name uses the security policy {policy}, which accepts TLS 1.0 and TLS 1.1.',
    notSet:
      'The custom domain name sets no SecurityPolicy. Neither the CloudFormation reference nor the API Gateway guide states which policy applies then (the default endpoints of edge-optimized and Regional APIs use TLS 1.0), so the minimum TLS version is not decided by the app.',
  },
  evaluate(ctx) {
    const policy = ctx.props.at('SecurityPolicy').str();
    if (policy === 'TLS_1_0') return unconfigured('tls10', { policy });
    // No AWS page documents the policy of a domain name created without one, and the AWS CDK's
    // documented TLS_1_2 default is not rendered into the template: an undecided minimum is not a pass.
    if (policy === undefined) return unconfigured('notSet');
    return configured(`SecurityPolicy is ${policy}`);
  },
});
