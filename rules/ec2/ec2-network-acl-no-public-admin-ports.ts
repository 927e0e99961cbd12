import { defineDuty } from '../../lib/model/duty';
import { coversFamily, cidrRange, type Range, subtractRanges } from '../../lib/model/cidr';
import type { EvaluationContext } from '../../lib/model/context';
import { UnexpectedValue, type Value } from '../../lib/model/value';
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
    "AWS evaluates a subnet's network ACL entries, statelessly and in ascending rule-number order, on all traffic entering and leaving the subnet; the first entry that matches decides. Allow entries that together cover 0.0.0.0/0 or ::/0, with no lower-numbered deny taking that traffic first, let the internet reach every instance of the subnet as far as its security groups allow.",
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
    'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html',
    'https://docs.aws.amazon.com/fms/2018-01-01/APIReference/API_EntryDescription.html',
  ],
  messages: {
    open: 'The inbound allow entry (rule {rule}) admits {protocol} from {cidr} on port {port}.',
    openWithOthers:
      "The inbound allow entry (rule {rule}) admits {protocol} from {cidr} on port {port}; with the network ACL's other allow entries ({others}) that port is open to {internet}, and no lower-numbered entry denies it first.",
  },
  evaluate(ctx) {
    if (ctx.props.at('Egress').bool() === true) return notApplicable('the entry applies to outbound traffic');
    if ((ctx.props.at('RuleAction').str() ?? '').toLowerCase() !== 'allow') return configured('the entry denies traffic');
    const self = readEntry(ctx.props, true);
    if (!self) return configured('the entry admits no IPv4 or IPv6 CIDR');
    if (!(self.protocol in PORT_PROTOCOLS)) return configured(`the entry admits protocol ${self.protocol}, which has no SSH or RDP port`);
    const hits = ADMIN_PORTS.filter(([port]) => self.from <= port && port <= self.to);
    if (hits.length === 0)
      return configured(
        `the entry admits ${PORT_PROTOCOLS[self.protocol]} ${self.from}-${self.to} from ${self.cidr}, which includes neither 22 nor 3389`,
      );
    const entries = aclEntries(ctx, self);
    for (const [port, name] of hits) {
      for (const protocol of self.protocol === -1 ? [6, 17] : [self.protocol]) {
        const reach = reachOf(entries, self, protocol, port);
        if (!reach.open || !reach.throughSelf) continue;
        const data = { rule: String(self.ruleNumber), protocol: PORT_PROTOCOLS[self.protocol], cidr: self.cidr, port: `${port} (${name})` };
        const others = reach.allows.filter((e) => e !== self);
        if (others.length === 0 || /\/0$/.test(self.cidr)) return unconfigured('open', data);
        const internet = self.family === 4 ? '0.0.0.0/0' : '::/0';
        return unconfigured('openWithOthers', {
          ...data,
          internet,
          others: others.map((e) => `rule ${e.ruleNumber} ${e.cidr}`).join(', '),
        });
      }
    }
    return configured("the network ACL's entries, in rule-number order, do not open SSH or RDP to the whole internet through this entry");
  },
});

/** One NACL entry, as far as it matters for an inbound port. */
interface AclEntry {
  readonly ruleNumber: number;
  readonly allow: boolean;
  readonly protocol: number;
  readonly from: number;
  readonly to: number;
  readonly cidr: string;
  readonly family: 4 | 6;
  readonly range: Range;
}

/**
 * The entry's rule number, action, protocol, ports and CIDR; undefined for an outbound entry or one
 * without a CIDR. A token in any of them throws (unknown): the entry's place in the order, or what it matches, is then decided at deploy.
 */
function readEntry(props: Value, inbound = false): AclEntry | undefined {
  if (!inbound && props.at('Egress').bool() === true) return undefined;
  const cidr = [props.at('CidrBlock').str(), props.at('Ipv6CidrBlock').str()].find((c) => c !== undefined);
  const parsed = cidr === undefined ? undefined : cidrRange(cidr);
  if (cidr === undefined || !parsed) return undefined;
  const protocol = required(props.at('Protocol'), 'a protocol number');
  // CloudFormation requires PortRange for TCP (6) and UDP (17): an entry without it is not created as written.
  const ports = protocol === 6 || protocol === 17;
  return {
    ruleNumber: required(props.at('RuleNumber'), 'a rule number'),
    allow: (props.at('RuleAction').str() ?? '').toLowerCase() === 'allow',
    protocol,
    from: ports ? required(props.at('PortRange').at('From'), 'a port number (PortRange is required for TCP and UDP entries)') : 0,
    to: ports ? required(props.at('PortRange').at('To'), 'a port number (PortRange is required for TCP and UDP entries)') : 65535,
    cidr: cidr.trim(),
    family: parsed.family,
    range: parsed.range,
  };
}

function required(value: Value, expected: string): number {
  const n = value.num();
  if (n === undefined) throw new UnexpectedValue(value.path, expected, n);
  return n;
}

/**
 * The entries of the entry's network ACL (those linked to it by NetworkAclId in the template), the
 * entry itself included. An entry that may belong to the ACL (its NetworkAclId is a condition or a
 * parameter) makes the verdict unknown; an ACL outside the template leaves the entry judged alone.
 */
function aclEntries(ctx: EvaluationContext, self: AclEntry): readonly AclEntry[] {
  const acl = ctx.target(ctx.props.at('NetworkAclId'));
  if (!acl || acl.type !== 'AWS::EC2::NetworkAcl') return [self];
  const attached = ctx.attachments(ctx.resource.type, 'NetworkAclId', acl);
  attached.settle();
  const out: AclEntry[] = [self];
  for (const record of attached.sure) {
    if (record === ctx.resource) continue;
    const entry = readEntry(ctx.propsOf(record));
    if (entry) out.push(entry);
  }
  return out;
}

/**
 * Who reaches `port` over `protocol` from the family of `self`: entries are matched in rule-number
 * order and the first match decides. The port is open when the allow entries' CIDRs together cover
 * the whole family (the internet, as for security groups) and some address still reaches it, that
 * is, a lower-numbered deny does not take all of it first; `throughSelf` when some of it reaches
 * through `self`.
 */
function reachOf(
  entries: readonly AclEntry[],
  self: AclEntry,
  protocol: number,
  port: number,
): { open: boolean; throughSelf: boolean; allows: readonly AclEntry[] } {
  const matching = entries
    .filter((e) => e.family === self.family && (e.protocol === -1 || e.protocol === protocol) && e.from <= port && port <= e.to)
    .sort((a, b) => a.ruleNumber - b.ruleNumber);
  const matched: Range[] = [];
  const allows: AclEntry[] = [];
  let reached = false;
  let throughSelf = false;
  for (const e of matching) {
    const fresh = subtractRanges(e.range, matched);
    if (e.allow) {
      allows.push(e);
      if (fresh.length > 0) reached = true;
      if (e === self && fresh.length > 0) throughSelf = true;
    }
    matched.push(e.range);
  }
  return {
    open:
      reached &&
      coversFamily(
        allows.map((e) => e.range),
        self.family,
      ),
    throughSelf,
    allows,
  };
}
