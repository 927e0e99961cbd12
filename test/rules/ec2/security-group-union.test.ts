import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Stack } from 'aws-cdk-lib';
import { outcomeOf, synthWithChecks } from '../../harness';
import { vpcOf } from './fixtures';

// Issue 12 §2: CIDRs are judged as the union of the rules; issue 13 §2: a TCP rule without ToPort.
const outcome = (build: (stack: Stack) => void, duty: string) => outcomeOf(synthWithChecks(build).results, 'Sg', duty);

describe('security group CIDRs judged as their union', () => {
  const halves = (port: ec2.Port) => (stack: Stack) => {
    const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) });
    sg.addIngressRule(ec2.Peer.ipv4('0.0.0.0/1'), port);
    sg.addIngressRule(ec2.Peer.ipv4('128.0.0.0/1'), port);
  };
  test('SSH from 0.0.0.0/1 and 128.0.0.0/1 is SSH from the internet', () =>
    expect(outcome(halves(ec2.Port.tcp(22)), 'ec2-security-group-no-public-high-risk-ports')).toBe('unconfigured'));
  test('the same two halves on TCP 8443 are an unauthorized public port', () =>
    expect(outcome(halves(ec2.Port.tcp(8443)), 'ec2-security-group-public-ports-authorized')).toBe('unconfigured'));
  test('IPv6 halves on all traffic outbound allow all egress', () =>
    expect(
      outcome((stack) => {
        const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack), allowAllOutbound: false });
        sg.addEgressRule(ec2.Peer.ipv6('::/1'), ec2.Port.allTraffic());
        sg.addEgressRule(ec2.Peer.ipv6('8000::/1'), ec2.Port.allTraffic());
      }, 'ec2-security-group-egress-restricted'),
    ).toBe('unconfigured'));
  test('two disjoint private ranges do not add up to the internet', () =>
    expect(
      outcome((stack) => {
        const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) });
        sg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.tcp(22));
        sg.addIngressRule(ec2.Peer.ipv4('192.168.0.0/16'), ec2.Port.tcp(22));
      }, 'ec2-security-group-no-public-high-risk-ports'),
    ).toBe('configured'));
  test('halves on different ports do not open either port to everyone', () =>
    expect(
      outcome((stack) => {
        const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) });
        sg.addIngressRule(ec2.Peer.ipv4('0.0.0.0/1'), ec2.Port.tcp(22));
        sg.addIngressRule(ec2.Peer.ipv4('128.0.0.0/1'), ec2.Port.tcp(3389));
      }, 'ec2-security-group-no-public-high-risk-ports'),
    ).toBe('configured'));
});

test('a TCP rule from the internet without ToPort is not read as open up to 65535: EC2 rejects it, so it is unknown', () => {
  const build = (stack: Stack) =>
    new ec2.CfnSecurityGroup(stack, 'Sg', {
      groupDescription: 'x',
      vpcId: vpcOf(stack).vpcId,
      securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 443, cidrIp: '0.0.0.0/0' }],
    });
  const result = synthWithChecks(build).results;
  expect(outcomeOf(result, 'Sg', 'ec2-security-group-no-public-high-risk-ports')).toBe('unknown');
});

test('a TCP network ACL entry from the internet without PortRange is unknown, not every port', () => {
  const build = (stack: Stack) =>
    new ec2.CfnNetworkAclEntry(stack, 'Sg', {
      networkAclId: new ec2.CfnNetworkAcl(stack, 'Acl', { vpcId: vpcOf(stack).vpcId }).ref,
      ruleNumber: 100,
      protocol: 6,
      ruleAction: 'allow',
      egress: false,
      cidrBlock: '0.0.0.0/0',
    });
  expect(outcomeOf(synthWithChecks(build).results, 'Sg', 'ec2-network-acl-no-public-admin-ports')).toBe('unknown');
});
