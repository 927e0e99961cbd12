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

dutyCases('ec2-network-acl-no-public-admin-ports', [
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
