import type { Value } from '../../lib/model/value';

/** Elastic Load Balancing v2 types: `Type` defaults to `application` when absent. */
export function loadBalancerType(props: Value): string {
  return props.at('Type').str() ?? 'application';
}

/**
 * The value of one `LoadBalancerAttributes` key of an ELBv2 load balancer, or undefined when the
 * key is not set (the attribute then has its documented default). When a key is repeated, the
 * last entry is returned. An unresolvable key or list makes the read throw (unknown).
 */
export function loadBalancerAttribute(props: Value, key: string): Value | undefined {
  let found: Value | undefined;
  for (const attribute of props.at('LoadBalancerAttributes').list() ?? []) {
    if (attribute.at('Key').str() === key) found = attribute.at('Value');
  }
  return found;
}

/** Security policies without a version in their name that allow TLS 1.0 (ELB's pre-2017 and default policies). */
const LEGACY_POLICIES = new Set([
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-2015-03',
  'ELBSecurityPolicy-2015-02',
  'ELBSecurityPolicy-2014-10',
  'ELBSecurityPolicy-2014-01',
  'ELBSecurityPolicy-2011-08',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSample-ELBDefaultNegotiationPolicy',
  'ELBSample-OpenSSLDefaultNegotiationPolicy',
]);

/**
 * The lowest TLS version a predefined ELB security policy accepts, read from its name
 * (`ELBSecurityPolicy-TLS-1-2-2017-01`, `ELBSecurityPolicy-TLS13-1-2-2021-06`,
 * `ELBSecurityPolicy-FS-1-1-2019-08`, ...): 'weak' when it accepts TLS 1.0 or 1.1, 'strong' for
 * TLS 1.2 or later, 'unrecognized' for a name that follows neither scheme.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 */
export function policyStrength(policy: string): 'weak' | 'strong' | 'unrecognized' {
  if (LEGACY_POLICIES.has(policy)) return 'weak';
  const match = /-(?:TLS13|TLS|FS)-1-(\d)(?:-|$)/.exec(policy);
  if (!match) return 'unrecognized';
  return Number(match[1]) >= 2 ? 'strong' : 'weak';
}

/** The policy ELB applies to an HTTPS/TLS listener created through CloudFormation, the CLI or the CDK without SslPolicy. */
export const DEFAULT_LISTENER_POLICY = 'ELBSecurityPolicy-2016-08';

export const LB_ATTRIBUTES_SOURCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html';
export const ELB_CONTROLS_SOURCE = 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html';

/** NIST 800-53 ids Security Hub maps to its ELB encryption-in-transit controls. */
export const TRANSIT_NIST = [
  'AC-17(2)',
  'AC-4',
  'IA-5(1)',
  'SC-12(3)',
  'SC-13',
  'SC-23',
  'SC-23(3)',
  'SC-7(4)',
  'SC-8',
  'SC-8(1)',
  'SC-8(2)',
  'SI-7(6)',
];
/** NIST 800-53 ids Security Hub maps to its logging controls. */
export const LOGGING_NIST = ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'];
/** NIST 800-53 ids Security Hub maps to its multi-AZ and high-availability controls. */
export const AVAILABILITY_NIST = ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'];

/** The listeners of a Classic Load Balancer whose front-end protocol is HTTPS or SSL (protocols are case-insensitive). */
export function secureClassicListeners(props: Value): Value[] {
  return (props.at('Listeners').list() ?? []).filter((l) => isSecureClassicProtocol(l.at('Protocol').str()));
}

export function isSecureClassicProtocol(protocol: string | undefined): boolean {
  const p = protocol?.toUpperCase();
  return p === 'HTTPS' || p === 'SSL';
}

export const CLASSIC_SOURCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancing-loadbalancer.html';
