import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CLASSIC_SOURCE, ELB_CONTROLS_SOURCE, isSecureClassicProtocol, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'elb-classic-listener-tls',
  title: 'Classic Load Balancer listeners terminate HTTPS or TLS',
  category: 'data-protection',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  awsSide:
    "AWS terminates HTTPS and SSL listeners with the customer's certificate; HTTP and TCP listeners carry client traffic in plain text.",
  customerSide:
    "Protecting data in transit is the customer's: every front-end listener must use HTTPS or SSL for client traffic to be encrypted.",
  severity: 'error',
  remediation: {
    l2: 'clb.addListener({ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: certificate.certificateArn, ... })',
    l1: 'Listeners[].Protocol: "HTTPS" or "SSL" with SSLCertificateId',
  },
  controls: { fsbp: ['ELB.3'], nist: TRANSIT_NIST },
  sources: [
    `${ELB_CONTROLS_SOURCE}#elb-3`,
    CLASSIC_SOURCE,
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html',
  ],
  messages: {
    plain: 'The Classic Load Balancer has listener(s) without TLS: {listeners}.',
  },
  evaluate(ctx) {
    const listeners = ctx.props.at('Listeners').list() ?? [];
    if (listeners.length === 0) return notApplicable('the Classic Load Balancer has no listeners');
    const plain = listeners
      .filter((l) => !isSecureClassicProtocol(l.at('Protocol').str()))
      .map((l) => `${l.at('Protocol').str()} on port ${l.at('LoadBalancerPort').str()}`);
    if (plain.length > 0) return unconfigured('plain', { listeners: plain.join(', ') });
    return configured(`all ${listeners.length} listener(s) use HTTPS or SSL`);
  },
});
