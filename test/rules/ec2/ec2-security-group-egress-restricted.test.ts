import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

dutyCases('ec2-security-group-egress-restricted', [
  {
    name: 'the L2 security group sets allowAllOutbound false',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack), allowAllOutbound: false }),
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'the L2 security group allows HTTPS out only',
    build: (stack) =>
      new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack), allowAllOutbound: false }).addEgressRule(
        ec2.Peer.anyIpv4(),
        ec2.Port.tcp(443),
      ),
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'the L2 security group keeps its defaults (allowAllOutbound)',
    build: (stack) => new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }),
    path: 'Sg',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 security group declares no egress, so AWS adds allow-all',
    build: (stack) => new ec2.CfnSecurityGroup(stack, 'Raw', { groupDescription: 'raw', vpcId: 'vpc-12345678' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'allowAllOutbound false with only a separate egress rule to another group (AWS still adds its allow-all rule)',
    build: (stack) => {
      const vpc = vpcOf(stack);
      const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc, allowAllOutbound: false });
      sg.connections.allowTo(new ec2.SecurityGroup(stack, 'Db', { vpc }), ec2.Port.tcp(5432));
    },
    path: 'Sg',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch replaces the allow-all egress with HTTPS only',
    build: (stack) =>
      (new ec2.SecurityGroup(stack, 'Sg', { vpc: vpcOf(stack) }).node.defaultChild as ec2.CfnSecurityGroup).addPropertyOverride(
        'SecurityGroupEgress',
        [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }],
      ),
    path: 'Sg',
    expect: 'configured',
  },
  {
    name: 'the egress destination is a parameter',
    build: (stack) =>
      new ec2.CfnSecurityGroup(stack, 'Raw', {
        groupDescription: 'raw',
        securityGroupEgress: [{ ipProtocol: '-1', cidrIp: new CfnParameter(stack, 'Dest').valueAsString }],
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
