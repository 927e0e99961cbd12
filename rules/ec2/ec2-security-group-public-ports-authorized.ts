import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { describeRule, rulesOf, unionWorldRules, type WorldRule, worldRule } from './helpers';

/** The ports EC2.18 authorizes for unrestricted inbound traffic by default (authorizedTcpPorts). */
const AUTHORIZED_TCP_PORTS = [80, 443];

export default defineDuty({
  id: 'ec2-security-group-public-ports-authorized',
  title: 'Security group opens only HTTP/HTTPS (TCP 80, 443) to the internet',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  awsSide:
    "AWS enforces security group rules at every network interface and admits the whole internet for a rule from 0.0.0.0/0 or ::/0. Security Hub EC2.18 passes such rules only for authorized ports, by default TCP 80 and 443 (a public web load balancer's listeners); any other port or protocol open to the internet fails. ICMP rules are not judged here.",
  customerSide:
    "Exposing a service to the internet is the customer's decision: keep unrestricted rules to the web ports of internet-facing load balancers and restrict every other port to known CIDRs or security groups.",
  severity: 'warning',
  remediation: {
    l2: "securityGroup.addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), port) for ports other than 80/443, or connections.allowFrom(otherSecurityGroup, port)",
    l1: 'SecurityGroupIngress rules from 0.0.0.0/0 or ::/0 only for IpProtocol tcp with FromPort = ToPort = 80 or 443',
  },
  controls: { fsbp: ['EC2.18'], nist: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-securitygroup-ingress.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-security-group-ingress.html',
  ],
  messages: {
    unauthorized: 'The inbound rule {rule} admits the internet on a port other than TCP 80 or 443{more}.',
  },
  evaluate(ctx) {
    const rules = rulesOf(ctx, 'ingress');
    if (rules.kind === 'evaluated-on-group') return notApplicable(`the rule is evaluated on security group ${rules.group}`);
    const open = [...rules.rules.map((rule) => worldRule(ctx, rule)), ...unionWorldRules(ctx, rules.rules)];
    const offending = open.map(unauthorized).filter((w) => w !== undefined);
    if (offending.length === 0) {
      rules.settle((rule) => unauthorized(worldRule(ctx, rule)) !== undefined);
      return configured('rules from 0.0.0.0/0 or ::/0, if any, allow only TCP 80 or 443');
    }
    const more = offending.length > 1 ? `; ${offending.length - 1} more rule(s) do the same` : '';
    return unconfigured('unauthorized', { rule: describeRule(offending[0]), more });
  },
});

/** The rule as world-open traffic when it opens more than TCP 80 or 443 (ICMP aside). */
function unauthorized(w: WorldRule | undefined): WorldRule | undefined {
  if (!w || w.protocol === 'icmp' || w.protocol === 'icmpv6') return undefined;
  const authorized = w.protocol === 'tcp' && w.from === w.to && AUTHORIZED_TCP_PORTS.includes(w.from);
  return authorized ? undefined : w;
}
