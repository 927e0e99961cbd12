import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

function entry(
  stack: import('aws-cdk-lib').Stack,
  options: Partial<ec2.CommonNetworkAclEntryOptions> & Pick<ec2.CommonNetworkAclEntryOptions, 'cidr' | 'traffic'>,
): void {
  new ec2.NetworkAcl(stack, 'Nacl', { vpc: vpcOf(stack) }).addEntry('Entry', {
    ruleNumber: 100,
    direction: ec2.TrafficDirection.INGRESS,
    ...options,
  });
}

/** A network ACL with inbound SSH entries: [id, rule number, CIDR, action]. */
function acl(stack: import('aws-cdk-lib').Stack, entries: ReadonlyArray<readonly [string, number, string, ec2.Action?]>): ec2.NetworkAcl {
  const nacl = new ec2.NetworkAcl(stack, 'Nacl', { vpc: vpcOf(stack) });
  for (const [id, ruleNumber, cidr, ruleAction] of entries)
    nacl.addEntry(id, {
      ruleNumber,
      direction: ec2.TrafficDirection.INGRESS,
      cidr: ec2.AclCidr.ipv4(cidr),
      traffic: ec2.AclTraffic.tcpPort(22),
      ruleAction: ruleAction ?? ec2.Action.ALLOW,
    });
  return nacl;
}

const HALVES = [
  ['Low', 200, '0.0.0.0/1'],
  ['High', 210, '128.0.0.0/1'],
] as const;

dutyCases('ec2-network-acl-no-public-admin-ports', [
  {
    name: 'two allow entries on SSH whose CIDRs are the two halves of the IPv4 internet',
    build: (stack) => acl(stack, HALVES),
    path: 'Nacl/High',
    expect: 'unconfigured',
  },
  {
    name: 'a lower-numbered deny of 0.0.0.0/0 on SSH comes before the two halves',
    build: (stack) => acl(stack, [['DenyAll', 100, '0.0.0.0/0', ec2.Action.DENY], ...HALVES]),
    path: 'Nacl/Low',
    expect: 'configured',
  },
  {
    name: 'a lower-numbered deny of 0.0.0.0/0 on SSH comes before the allow of 0.0.0.0/0',
    build: (stack) =>
      acl(stack, [
        ['DenyAll', 100, '0.0.0.0/0', ec2.Action.DENY],
        ['Entry', 200, '0.0.0.0/0'],
      ]),
    path: 'Nacl/Entry',
    expect: 'configured',
  },
  {
    name: 'the deny of 0.0.0.0/0 on SSH is numbered after the allow of 0.0.0.0/0 (the allow matches first)',
    build: (stack) =>
      acl(stack, [
        ['Entry', 100, '0.0.0.0/0'],
        ['DenyAll', 200, '0.0.0.0/0', ec2.Action.DENY],
      ]),
    path: 'Nacl/Entry',
    expect: 'unconfigured',
  },
  {
    name: 'SSH is allowed from one range and every other address is denied after it',
    build: (stack) =>
      acl(stack, [
        ['Entry', 100, '203.0.113.0/24'],
        ['DenyAll', 200, '0.0.0.0/0', ec2.Action.DENY],
      ]),
    path: 'Nacl/Entry',
    expect: 'configured',
  },
  {
    name: 'a deny of one range comes first, then SSH from everywhere (the rest of the internet still reaches it)',
    build: (stack) =>
      acl(stack, [
        ['DenyOne', 100, '198.51.100.0/24', ec2.Action.DENY],
        ['Entry', 200, '0.0.0.0/0'],
      ]),
    path: 'Nacl/Entry',
    expect: 'unconfigured',
  },
  {
    name: "another entry's rule number is a parameter, so whether its deny comes first is decided at deploy",
    build: (stack) => {
      const nacl = acl(stack, [
        ['DenyAll', 100, '0.0.0.0/0', ec2.Action.DENY],
        ['Entry', 200, '0.0.0.0/0'],
      ]);
      const deny = nacl.node.findChild('DenyAll').node.defaultChild as ec2.CfnNetworkAclEntry;
      deny.addPropertyOverride('RuleNumber', new CfnParameter(stack, 'Rule', { type: 'Number' }).valueAsNumber);
    },
    path: 'Nacl/Entry',
    expect: 'unknown',
  },
  {
    name: "the other half's CIDR is a parameter",
    build: (stack) => {
      const nacl = acl(stack, HALVES);
      const high = nacl.node.findChild('High').node.defaultChild as ec2.CfnNetworkAclEntry;
      high.addPropertyOverride('CidrBlock', new CfnParameter(stack, 'Cidr').valueAsString);
    },
    path: 'Nacl/Low',
    expect: 'unknown',
  },
  {
    name: 'the L2 entry allows SSH from a known CIDR only',
    build: (stack) => entry(stack, { cidr: ec2.AclCidr.ipv4('203.0.113.0/24'), traffic: ec2.AclTraffic.tcpPort(22) }),
    path: 'Nacl/Entry',
    expect: 'configured',
  },
  {
    name: 'the L2 entry allows HTTPS from anywhere',
    build: (stack) => entry(stack, { cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) }),
    path: 'Nacl/Entry',
    expect: 'configured',
  },
  {
    name: 'the L2 entry allows SSH from 0.0.0.0/0',
    build: (stack) => entry(stack, { cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(22) }),
    path: 'Nacl/Entry',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 entry allows all traffic from ::/0',
    build: (stack) => entry(stack, { cidr: ec2.AclCidr.anyIpv6(), traffic: ec2.AclTraffic.allTraffic() }),
    path: 'Nacl/Entry',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 entry denies RDP from anywhere',
    build: (stack) => entry(stack, { cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(3389), ruleAction: ec2.Action.DENY }),
    path: 'Nacl/Entry',
    expect: 'configured',
  },
  {
    name: 'an outbound entry to anywhere on port 22',
    build: (stack) =>
      entry(stack, { cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(22), direction: ec2.TrafficDirection.EGRESS }),
    path: 'Nacl/Entry',
    expect: 'not-applicable',
  },
  {
    name: 'an escape hatch narrows the SSH entry',
    build: (stack) => {
      const acl = new ec2.NetworkAcl(stack, 'Nacl', { vpc: vpcOf(stack) });
      const e = acl.addEntry('Entry', {
        ruleNumber: 100,
        direction: ec2.TrafficDirection.INGRESS,
        cidr: ec2.AclCidr.anyIpv4(),
        traffic: ec2.AclTraffic.tcpPort(22),
      });
      (e.node.defaultChild as ec2.CfnNetworkAclEntry).addPropertyOverride('CidrBlock', '203.0.113.0/24');
    },
    path: 'Nacl/Entry',
    expect: 'configured',
  },
  {
    name: 'the source CIDR is a parameter',
    build: (stack) =>
      entry(stack, { cidr: ec2.AclCidr.ipv4(new CfnParameter(stack, 'Cidr').valueAsString), traffic: ec2.AclTraffic.tcpPort(22) }),
    path: 'Nacl/Entry',
    expect: 'unknown',
  },
]);
