import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { describeRule, reachesPort, rulesOf, unionWorldRules, type WorldRule, worldRule } from './helpers';

/** The ports Security Hub EC2.19 treats as high risk, with the well-known service where there is one. */
export const HIGH_RISK_PORTS: ReadonlyArray<readonly [number, string?]> = [
  [20, 'FTP data'],
  [21, 'FTP'],
  [22, 'SSH'],
  [23, 'Telnet'],
  [25, 'SMTP'],
  [110, 'POP3'],
  [135, 'MS RPC'],
  [143, 'IMAP'],
  [445, 'SMB'],
  [1433, 'SQL Server'],
  [1434, 'SQL Server Browser'],
  [3000],
  [3306, 'MySQL'],
  [3389, 'RDP'],
  [4333],
  [5000],
  [5432, 'PostgreSQL'],
  [5500],
  [5601, 'Kibana'],
  [8080, 'HTTP alternate'],
  [8088],
  [8888],
  [9200, 'Elasticsearch'],
  [9300, 'Elasticsearch'],
];

export default defineDuty({
  id: 'ec2-security-group-no-public-high-risk-ports',
  title: 'Security group does not open high-risk ports (SSH, RDP, databases, ...) to the internet',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'],
  awsSide:
    'AWS enforces security group rules statefully at every network interface and denies all inbound traffic until a rule allows it; a rule from 0.0.0.0/0 or ::/0 admits the whole internet. A separate AWS::EC2::SecurityGroupIngress rule is checked on the security group it belongs to when that group is in the app.',
  customerSide:
    "Which traffic reaches the customer's instances is the customer's choice: never admit the internet to administration (SSH 22, RDP 3389) or data ports; reach instances with Session Manager or a VPN and allow only known CIDRs or security groups.",
  severity: 'error',
  remediation: {
    l2: "securityGroup.addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), ec2.Port.tcp(22)) instead of ec2.Peer.anyIpv4() / ec2.Peer.anyIpv6(); or use ssmSessionPermissions and no inbound SSH at all",
    l1: 'SecurityGroupIngress rules (inline or AWS::EC2::SecurityGroupIngress) whose CidrIp/CidrIpv6 is not 0.0.0.0/0 or ::/0 for these ports, or a SourceSecurityGroupId/SourcePrefixListId',
  },
  controls: { fsbp: ['EC2.19'], nist: ['AC-4', 'AC-4(21)', 'CM-7', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-securitygroup-ingress.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-security-group-ingress.html',
  ],
  messages: {
    open: 'The inbound rule {rule} opens high-risk port(s) {ports} to the internet{more}.',
  },
  evaluate(ctx) {
    const rules = rulesOf(ctx, 'ingress');
    if (rules.kind === 'evaluated-on-group') return notApplicable(`the rule is evaluated on security group ${rules.group}`);
    const offending: Array<{ rule: WorldRule; ports: string[] }> = [];
    for (const w of [...rules.rules.map((rule) => worldRule(ctx, rule)), ...unionWorldRules(ctx, rules.rules)]) {
      const o = offence(w);
      if (o) offending.push(o);
    }
    if (offending.length === 0) {
      rules.settle((rule) => offence(worldRule(ctx, rule)) !== undefined);
      return configured('no inbound rule opens a high-risk port to 0.0.0.0/0 or ::/0');
    }
    const [first] = offending;
    const ports =
      first.ports.length > 6 ? `${first.ports.slice(0, 6).join(', ')} and ${first.ports.length - 6} more` : first.ports.join(', ');
    const more = offending.length > 1 ? `; ${offending.length - 1} more rule(s) do the same` : '';
    return unconfigured('open', { rule: describeRule(first.rule), ports, more });
  },
});

/** The high-risk ports a rule opens to the whole internet, if any. */
function offence(w: WorldRule | undefined): { rule: WorldRule; ports: string[] } | undefined {
  if (!w) return undefined;
  const ports = HIGH_RISK_PORTS.filter(([port]) => reachesPort(w, port)).map(([port, name]) => (name ? `${port} (${name})` : `${port}`));
  return ports.length > 0 ? { rule: w, ports } : undefined;
}
