import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-client-vpn-endpoint-connection-logging',
  title: 'Client VPN endpoint logs client connections',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::EC2::ClientVpnEndpoint'],
  awsSide:
    'AWS runs the Client VPN endpoint and can send every connection attempt, its result and its termination to CloudWatch Logs, but only when connection logging is enabled.',
  customerSide:
    "Knowing who connected to the network, and when, is the customer's: enable connection logging to a log group the customer retains.",
  severity: 'warning',
  remediation: {
    l2: 'new ec2.ClientVpnEndpoint(this, id, { ..., logging: true }) (the default)',
    l1: 'ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: <log group> }',
  },
  controls: { fsbp: ['EC2.51'], nist: ['AC-2(12)', 'AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'CA-7', 'SI-7(8)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-51',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-clientvpnendpoint.html',
  ],
  messages: {
    disabled: 'ConnectionLogOptions.Enabled is {value}, so client connections to the endpoint are not logged.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('ConnectionLogOptions').at('Enabled').bool();
    if (enabled === true) return configured('ConnectionLogOptions.Enabled is true');
    return unconfigured('disabled', { value: enabled === false ? 'false' : 'not set' });
  },
});
