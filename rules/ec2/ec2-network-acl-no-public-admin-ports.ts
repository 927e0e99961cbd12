import { defineDuty } from '../../lib/model/duty';
import { UnexpectedValue } from '../../lib/model/value';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

const ADMIN_PORTS: ReadonlyArray<readonly [number, string]> = [
  [22, 'SSH'],
  [3389, 'RDP'],
];
/** NACL entry protocol numbers: -1 all, 6 TCP, 17 UDP. */
const PORT_PROTOCOLS: Record<number, string> = { [-1]: 'all traffic', 6: 'TCP', 17: 'UDP' };

export default defineDuty({
  id: 'ec2-network-acl-no-public-admin-ports',
  title: 'Network ACL does not allow SSH or RDP from the internet',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::NetworkAclEntry'],
  awsSide:
    "AWS evaluates a subnet's network ACL entries, statelessly and in rule-number order, on all traffic entering and leaving the subnet; an allow entry from 0.0.0.0/0 or ::/0 lets the internet reach every instance of the subnet as far as its security groups allow.",
  customerSide:
    "Network ACLs are the customer's second layer of network defense: do not allow remote administration ports (TCP/UDP 22, 3389) in from the whole internet.",
  severity: 'warning',
  remediation: {
    l2: "networkAcl.addEntry(id, { cidr: ec2.AclCidr.ipv4('203.0.113.0/24'), traffic: ec2.AclTraffic.tcpPort(22), direction: ec2.TrafficDirection.INGRESS, ruleNumber, ruleAction: ec2.Action.ALLOW }) instead of AclCidr.anyIpv4()",
    l1: 'an AWS::EC2::NetworkAclEntry with Egress false, RuleAction allow and a CidrBlock/Ipv6CidrBlock other than 0.0.0.0/0 or ::/0 for PortRange covering 22 or 3389',
  },
  controls: { fsbp: ['EC2.21'], nist: ['AC-4', 'AC-4(21)', 'CM-7', 'SC-7', 'SC-7(11)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkaclentry.html',
  ],
  messages: {
    open: 'The inbound allow entry (rule {rule}) admits {protocol} from {cidr} on port {port}.',
  },
  evaluate(ctx) {
    if (ctx.props.at('Egress').bool() === true) return notApplicable('the entry applies to outbound traffic');
    if ((ctx.props.at('RuleAction').str() ?? '').toLowerCase() !== 'allow') return configured('the entry denies traffic');
    const cidr = [ctx.props.at('CidrBlock').str(), ctx.props.at('Ipv6CidrBlock').str()].find(
      (c) => c !== undefined && /\/0$/.test(c.trim()),
    );
    if (cidr === undefined) return configured('the entry does not admit 0.0.0.0/0 or ::/0');
    const protocol = ctx.props.at('Protocol').num();
    if (protocol === undefined || !(protocol in PORT_PROTOCOLS))
      return configured(`the entry admits protocol ${protocol}, which has no SSH or RDP port`);
    // CloudFormation requires PortRange for TCP (6) and UDP (17): an entry without it is not created as written.
    const port = (key: 'From' | 'To') => {
      const value = ctx.props.at('PortRange').at(key);
      const n = value.num();
      if (n === undefined) throw new UnexpectedValue(value.path, 'a port number (PortRange is required for TCP and UDP entries)', n);
      return n;
    };
    const from = protocol === -1 ? 0 : port('From');
    const to = protocol === -1 ? 65535 : port('To');
    const hit = ADMIN_PORTS.find(([port]) => from <= port && port <= to);
    if (!hit)
      return configured(`the entry admits ${PORT_PROTOCOLS[protocol]} ${from}-${to} from ${cidr}, which includes neither 22 nor 3389`);
    return unconfigured('open', {
      rule: ctx.props.at('RuleNumber').str() ?? '?',
      protocol: PORT_PROTOCOLS[protocol],
      cidr,
      port: `${hit[0]} (${hit[1]})`,
    });
  },
});
