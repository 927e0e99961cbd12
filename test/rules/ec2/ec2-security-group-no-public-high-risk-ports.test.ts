import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { conditionOn, dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

dutyCases('ec2-security-group-no-public-high-risk-ports', [
  {
    name: 'the L2 security group keeps its defaults (no inbound rules)',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }),
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'the L2 security group allows SSH from a known CIDR only',
    build: (stack) =>
      new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(ec2.Peer.ipv4('203.0.113.0/24'), ec2.Port.tcp(22)),
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'an internet-facing load balancer opens HTTP to the world',
    build: (stack) =>
      new elbv2.ApplicationLoadBalancer(stack, 'Alb', { vpc: vpcOf(stack), internetFacing: true })
        .addListener('Http', { port: 80, open: true })
        .addAction('Fixed', { action: elbv2.ListenerAction.fixedResponse(200) }),
    path: 'Alb/SecurityGroup',
    expect: 'configured',
  },
  {
    name: 'the L2 security group opens SSH to 0.0.0.0/0',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22)),
    path: 'Sg',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 security group opens RDP to ::/0',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.tcp(3389)),
    path: 'Sg',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 security group opens all traffic to the world',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic()),
    path: 'Sg',
    expect: 'unconfigured',
  },
  {
    name: 'a port range that spans PostgreSQL is open to the world',
    build: (stack) =>
      new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcpRange(5000, 6000)),
    path: 'Sg',
    expect: 'unconfigured',
  },
  {
    name: 'a separate ingress resource opens SSH on the group to the world (reported on the group)',
    build: (stack) => {
      const sg = new ec2.CfnSecurityGroup(stack, 'Raw', { groupDescription: 'raw', vpcId: 'vpc-12345678' });
      new ec2.CfnSecurityGroupIngress(stack, 'Ssh', {
        groupId: sg.attrGroupId,
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIp: '0.0.0.0/0',
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the separate ingress resource itself defers to its group',
    build: (stack) => {
      const sg = new ec2.CfnSecurityGroup(stack, 'Raw', { groupDescription: 'raw', vpcId: 'vpc-12345678' });
      new ec2.CfnSecurityGroupIngress(stack, 'Ssh', {
        groupId: sg.attrGroupId,
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIp: '0.0.0.0/0',
      });
    },
    path: 'Ssh',
    expect: 'not-applicable',
  },
  {
    name: 'a separate ingress resource opens SSH on an imported group (reported on the rule)',
    build: (stack) =>
      new ec2.CfnSecurityGroupIngress(stack, 'Ssh', {
        groupId: Fn.importValue('SharedSg'),
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIp: '0.0.0.0/0',
      }),
    path: 'Ssh',
    expect: 'unconfigured',
  },
  {
    name: "an interface endpoint's group admits HTTPS from the VPC CIDR (a GetAtt)",
    build: (stack) => vpcOf(stack).addInterfaceEndpoint('Ssm', { service: ec2.InterfaceVpcEndpointAwsService.SSM }),
    path: 'Vpc/Ssm/SecurityGroup',
    expect: 'configured',
  },
  {
    name: 'an escape hatch narrows the SSH rule to a known CIDR',
    build: (stack) => {
      const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) });
      sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
      (sg.node.defaultChild as ec2.CfnSecurityGroup).addPropertyOverride('SecurityGroupIngress.0.CidrIp', '203.0.113.0/24');
    },
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'the source CIDR is a parameter',
    build: (stack) =>
      new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).addIngressRule(
        ec2.Peer.ipv4(new CfnParameter(stack, 'AdminCidr').valueAsString),
        ec2.Port.tcp(22),
      ),
    path: 'Sg',
    expect: 'unknown',
  },

  {
    name: 'a separate L1 rule opens SSH to the internet on the group only when a condition holds',
    build: (stack) => {
      const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) });
      new ec2.CfnSecurityGroupIngress(stack, 'Ssh', {
        groupId: Fn.conditionIf(conditionOn(stack), sg.securityGroupId, Fn.ref('AWS::NoValue')).toString(),
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIp: '0.0.0.0/0',
      });
    },
    path: 'Sg',
    expect: 'unknown',
  },
  {
    name: 'the separate rule whose GroupId is an Fn::If is judged on its own',
    build: (stack) => {
      const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) });
      new ec2.CfnSecurityGroupIngress(stack, 'Ssh', {
        groupId: Fn.conditionIf(conditionOn(stack), sg.securityGroupId, Fn.ref('AWS::NoValue')).toString(),
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIp: '0.0.0.0/0',
      });
    },
    path: 'Ssh',
    expect: 'unconfigured',
  },
]);
