import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CLASSIC_SOURCE, DEFAULT_LISTENER_POLICY, policyStrength, secureClassicListeners, TRANSIT_NIST } from './helpers';

const WEAK_PROTOCOLS = ['Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1'];

/** 'weak' / 'strong' / 'unrecognized' for an SSLNegotiationPolicyType policy of the load balancer. */
function negotiationStrength(policy: Value): { strength: 'weak' | 'strong' | 'unrecognized'; name: string } {
  const attributes = policy.at('Attributes').list() ?? [];
  const reference = attributes.find((a) => a.at('Name').str() === 'Reference-Security-Policy');
  if (reference) {
    const name = reference.at('Value').str() ?? '';
    return { strength: policyStrength(name), name };
  }
  const enabled = (name: string) => attributes.some((a) => a.at('Name').str() === name && a.at('Value').bool() === true);
  const weak = WEAK_PROTOCOLS.filter(enabled);
  return weak.length > 0
    ? { strength: 'weak', name: `custom policy enabling ${weak.join(', ')}` }
    : { strength: 'strong', name: 'custom policy' };
}

export default defineDuty({
  id: 'elb-classic-tls-policy',
  title: 'Classic Load Balancer HTTPS/SSL listeners use a security policy that requires TLS 1.2',
  category: 'data-protection',
  resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
  awsSide:
    "AWS negotiates SSL with clients using the listener's security policy; an HTTPS/SSL listener created without one gets the predefined policy ELBSecurityPolicy-2016-08, which accepts TLS 1.0 and TLS 1.1.",
  customerSide:
    "Choosing the security policy is the customer's: only a policy such as ELBSecurityPolicy-TLS-1-2-2017-01 refuses the deprecated protocol versions.",
  severity: 'warning',
  remediation: {
    l2: 'clb.addListener({ externalProtocol: elb.LoadBalancingProtocol.HTTPS, policyNames: ["TLS12"], ... }) with the escape hatch Policies: [{ PolicyName: "TLS12", PolicyType: "SSLNegotiationPolicyType", Attributes: [{ Name: "Reference-Security-Policy", Value: "ELBSecurityPolicy-TLS-1-2-2017-01" }] }]',
    l1: 'Policies: [{ PolicyName: "TLS12", PolicyType: "SSLNegotiationPolicyType", Attributes: [{ Name: "Reference-Security-Policy", Value: "ELBSecurityPolicy-TLS-1-2-2017-01" }] }] and Listeners[].PolicyNames: ["TLS12"]',
  },
  controls: { fsbp: [], nist: TRANSIT_NIST },
  sources: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ssl-config-update.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
    CLASSIC_SOURCE,
  ],
  messages: {
    defaultPolicy:
      'The {protocol} listener on port {port} has no SSL negotiation policy, so ELB applies ' +
      DEFAULT_LISTENER_POLICY +
      ', which accepts TLS 1.0 and TLS 1.1.',
    weakPolicy: 'The {protocol} listener on port {port} uses {policy}, which accepts protocol versions older than TLS 1.2.',
  },
  evaluate(ctx) {
    const listeners = secureClassicListeners(ctx.props);
    if (listeners.length === 0) return notApplicable('the Classic Load Balancer has no HTTPS or SSL listener');
    const policies = (ctx.props.at('Policies').list() ?? []).filter((p) => p.at('PolicyType').str() === 'SSLNegotiationPolicyType');
    const notes: string[] = [];
    for (const listener of listeners) {
      const data = { protocol: listener.at('Protocol').str() ?? '', port: listener.at('LoadBalancerPort').str() ?? '?' };
      const names = (listener.at('PolicyNames').list() ?? []).map((n) => n.str());
      const policy = policies.find((p) => names.includes(p.at('PolicyName').str()));
      const predefined = names.find((n) => n !== undefined && n.startsWith('ELBSecurityPolicy-'));
      if (!policy && predefined === undefined) return unconfigured('defaultPolicy', data);
      const { strength, name } = policy ? negotiationStrength(policy) : { strength: policyStrength(predefined!), name: predefined! };
      if (strength === 'weak') return unconfigured('weakPolicy', { ...data, policy: name });
      notes.push(strength === 'unrecognized' ? `${name} (not recognized; verify it requires TLS 1.2)` : name);
    }
    return configured(`HTTPS/SSL listeners use ${notes.join(', ')}`);
  },
});
