import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

dutyCases('ec2-security-group-public-ports-authorized', [
  {
    name: 'the L2 security group keeps its defaults (no inbound rules)',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }),
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'an internet-facing load balancer opens HTTP and HTTPS to the world',
    build: (stack) => {
      const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: vpcOf(stack), internetFacing: true });
      alb.addListener('Http', { port: 80, open: true }).addAction('Fixed', { action: elbv2.ListenerAction.fixedResponse(200) });
      alb.connections.allowFromAnyIpv4(ec2.Port.tcp(443));
    },
    path: 'Alb/SecurityGroup',
    expect: 'configured',
  },
  {
    name: 'a load balancer listener on 8443 is open to the world',
    build: (stack) => {
      const alb = new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: vpcOf(stack), internetFacing: true });
      alb
        .addListener('Alt', { port: 8443, protocol: elbv2.ApplicationProtocol.HTTP, open: true })
        .addAction('Fixed', { action: elbv2.ListenerAction.fixedResponse(200) });
    },
    path: 'Alb/SecurityGroup',
    expect: 'unconfigured',
  },
  {
    name: 'UDP is open to the world',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.udp(51820)),
    path: 'Sg',
    expect: 'unconfigured',
  },
  {
    name: 'ping (ICMP) from the world is not judged',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allIcmp()),
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'a separate ingress resource opens a range on an imported group',
    build: (stack) =>
      new ec2.CfnSecurityGroupIngress(stack, 'Rule', {
        groupId: Fn.importValue('SharedSg'),
        ipProtocol: 'tcp',
        fromPort: 80,
        toPort: 443,
        cidrIp: '0.0.0.0/0',
      }),
    path: 'Rule',
    expect: 'unconfigured',
  },
  {
    name: 'the port of a world-open rule depends on a condition',
    build: (stack) =>
      new ec2.CfnSecurityGroup(stack, 'Raw', {
        groupDescription: 'raw',
        securityGroupIngress: [
          { ipProtocol: 'tcp', fromPort: Fn.conditionIf('Tls', 443, 8443) as unknown as number, toPort: 443, cidrIp: '0.0.0.0/0' },
        ],
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
