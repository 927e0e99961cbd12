import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

/** A Site-to-Site VPN connection always has two tunnels. */
const TUNNELS = 2;

export default defineDuty({
  id: 'ec2-vpn-connection-tunnel-logging',
  title: 'Site-to-Site VPN connection logs both tunnels to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::EC2::VPNConnection'],
  awsSide:
    'AWS runs both tunnels of a Site-to-Site VPN connection and can publish their IKE negotiation, IPsec establishment and dead peer detection events to CloudWatch Logs per tunnel; tunnel logging is off by default (LogEnabled false).',
  customerSide:
    "Troubleshooting and investigating the connection to the customer's network is the customer's: enable CloudWatch logging on both tunnels.",
  severity: 'warning',
  remediation: {
    l1: 'VpnTunnelOptionsSpecifications: two entries, each with LogOptions: { CloudwatchLogOptions: { LogEnabled: true, LogGroupArn: <arn> } } (the L2 ec2.VpnConnection has no property for it: use an escape hatch on its CfnVPNConnection)',
  },
  controls: { fsbp: ['EC2.171'], nist: ['AU-12', 'AU-2', 'AU-3', 'CA-7', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-171',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-vpnconnection-cloudwatchlogoptionsspecification.html',
  ],
  messages: {
    notLogged:
      "{logged} of the connection's {tunnels} tunnels set LogOptions.CloudwatchLogOptions.LogEnabled: true, so the others' tunnel activity is not logged.",
  },
  evaluate(ctx) {
    const specs = ctx.props.at('VpnTunnelOptionsSpecifications').list() ?? [];
    const logged = specs.filter((s) => s.at('LogOptions').at('CloudwatchLogOptions').at('LogEnabled').bool() === true).length;
    if (logged >= TUNNELS) return configured('both tunnels log to CloudWatch Logs');
    return unconfigured('notLogged', { logged, tunnels: TUNNELS });
  },
});
