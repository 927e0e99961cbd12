import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CLASSIC_SOURCE, ELB_CONTROLS_SOURCE, secureClassicListeners, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'elb-classic-acm-certificate',
  title: 'Classic Load Balancer HTTPS/SSL listeners use an AWS Certificate Manager certificate',
  category: 'data-protection',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  awsSide:
    'AWS Certificate Manager renews the public certificates it issues and deploys the renewed certificate to the load balancer; a certificate uploaded to IAM is never renewed by AWS.',
  customerSide:
    "Keeping the certificate valid and its key protected is the customer's: an IAM server certificate must be renewed, rotated and re-uploaded by hand, or clients see expiry errors.",
  severity: 'warning',
  remediation: {
    l2: 'clb.addListener({ externalProtocol: elb.LoadBalancingProtocol.HTTPS, sslCertificateArn: new acm.Certificate(this, "Cert", { domainName, validation }).certificateArn, ... })',
    l1: 'Listeners[].SSLCertificateId: an ACM certificate ARN (arn:aws:acm:...)',
  },
  controls: { fsbp: ['ELB.2'], nist: TRANSIT_NIST },
  sources: [`${ELB_CONTROLS_SOURCE}#elb-2`, CLASSIC_SOURCE, 'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html'],
  messages: {
    notAcm: 'The listener on port {port} uses the certificate {certificate}, which is not issued by AWS Certificate Manager.',
  },
  evaluate(ctx) {
    const listeners = secureClassicListeners(ctx.props);
    if (listeners.length === 0) return notApplicable('the Classic Load Balancer has no HTTPS or SSL listener');
    for (const listener of listeners) {
      const certificate = listener.at('SSLCertificateId');
      const target = ctx.target(certificate);
      if (target?.type === 'AWS::CertificateManager::Certificate') continue;
      const arn = certificate.str() ?? '';
      if (!/^arn:aws[a-z-]*:acm:/.test(arn)) {
        return unconfigured('notAcm', { port: listener.at('LoadBalancerPort').str() ?? '?', certificate: arn || '(none)' });
      }
    }
    return configured('every HTTPS/SSL listener uses an ACM certificate');
  },
});
