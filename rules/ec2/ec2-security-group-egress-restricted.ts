import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { describeRule, rulesOf, unionWorldRules, type WorldRule, worldRule } from './helpers';

export default defineDuty({
  id: 'ec2-security-group-egress-restricted',
  title: 'Security group restricts outbound traffic',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupEgress'],
  awsSide:
    'AWS adds a rule allowing all outbound IPv4 and IPv6 traffic to a security group created without egress rules in its SecurityGroupEgress property (separate AWS::EC2::SecurityGroupEgress resources do not prevent it); outbound traffic is otherwise limited to the egress rules.',
  customerSide:
    "Limiting where compromised software on an instance can send data is the customer's: allow outbound traffic only to the destinations and ports the workload needs. Advice: many workloads legitimately need broad egress.",
  severity: 'info',
  remediation: {
    l2: 'new ec2.SecurityGroup(this, id, { vpc, allowAllOutbound: false }) and securityGroup.addEgressRule(peer, port) for each destination',
    l1: 'SecurityGroupEgress with specific rules (CDK writes { CidrIp: "255.255.255.255/32", IpProtocol: "icmp", FromPort: 252, ToPort: 86 } to allow none), not { CidrIp: "0.0.0.0/0", IpProtocol: "-1" }',
  },
  controls: { fsbp: [], nist: ['AC-4', 'SC-7', 'SC-7(5)', 'SC-7(10)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-securitygroup.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-securitygroup-egress.html',
  ],
  messages: {
    allowAll: 'The outbound rule {rule} allows all outbound traffic to the internet.',
    defaultAllowAll:
      'The security group declares no rule in SecurityGroupEgress, so AWS adds its default rule allowing all outbound IPv4 and IPv6 traffic{separate}.',
  },
  evaluate(ctx) {
    const rules = rulesOf(ctx, 'egress');
    if (rules.kind === 'evaluated-on-group') return notApplicable(`the rule is evaluated on security group ${rules.group}`);
    if (ctx.resource.type === 'AWS::EC2::SecurityGroup' && (ctx.props.at('SecurityGroupEgress').list() ?? []).length === 0) {
      const separate =
        rules.rules.length > 0
          ? ` (the separate rules ${rules.rules.map((r) => r.origin).join(', ')} are added to it, not instead of it)`
          : '';
      return unconfigured('defaultAllowAll', { separate });
    }
    for (const w of [...rules.rules.map((rule) => worldRule(ctx, rule)), ...unionWorldRules(ctx, rules.rules)]) {
      if (allowsAll(w)) return unconfigured('allowAll', { rule: describeRule(w!, 'to') });
    }
    rules.settle((rule) => allowsAll(worldRule(ctx, rule)));
    return configured('outbound traffic is limited to specific rules');
  },
});

/** Whether world-open traffic allows every port. */
function allowsAll(w: WorldRule | undefined): boolean {
  if (!w) return false;
  return w.protocol === 'all' || ((w.protocol === 'tcp' || w.protocol === 'udp') && w.from === 0 && w.to === 65535);
}
