import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';
import { vpcOf } from './fixtures';

const logged = {
  LogOptions: { CloudwatchLogOptions: { LogEnabled: true, LogGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:vpn' } },
};

function vpn(stack: import('aws-cdk-lib').Stack): ec2.CfnVPNConnection {
  const conn = vpcOf(stack, { vpnGateway: true }).addVpnConnection('Vpn', { ip: '198.51.100.1' });
  return conn.node.defaultChild as ec2.CfnVPNConnection;
}

dutyCases('ec2-vpn-connection-tunnel-logging', [
  {
    name: 'the L2 connection keeps its defaults (no tunnel logging)',
    build: (stack) => vpn(stack),
    path: 'Vpc/Vpn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch enables logging on both tunnels',
    build: (stack) => vpn(stack).addPropertyOverride('VpnTunnelOptionsSpecifications', [logged, logged]),
    path: 'Vpc/Vpn',
    expect: 'configured',
  },
  {
    name: 'logging is enabled on one tunnel only',
    build: (stack) => vpn(stack).addPropertyOverride('VpnTunnelOptionsSpecifications', [logged, {}]),
    path: 'Vpc/Vpn',
    expect: 'unconfigured',
  },
  {
    name: 'LogEnabled is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Log').valueAsString;
      const spec = { LogOptions: { CloudwatchLogOptions: { LogEnabled: p } } };
      vpn(stack).addPropertyOverride('VpnTunnelOptionsSpecifications', [spec, spec]);
    },
    path: 'Vpc/Vpn',
    expect: 'unknown',
  },
]);
