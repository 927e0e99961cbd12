import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { launchTemplateData, launchTemplateOf } from './helpers';

export default defineDuty({
  id: 'ec2-instance-detailed-monitoring',
  title: 'EC2 instance has detailed monitoring enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    "AWS sends every instance's hypervisor-level metrics (CPU, network, disk, status checks) to CloudWatch at 5-minute resolution for free (basic monitoring); 1-minute resolution (detailed monitoring) is off unless Monitoring is true.",
  customerSide:
    "Watching the instance is the customer's: detailed monitoring gives alarms and Auto Scaling 1-minute data to act on; metrics from inside the guest (memory, disk space, logs) also need the CloudWatch agent.",
  severity: 'info',
  remediation: {
    l2: 'new ec2.Instance(this, id, { ..., detailedMonitoring: true })',
    l1: 'Monitoring: true on the AWS::EC2::Instance (or LaunchTemplateData.Monitoring.Enabled: true)',
  },
  controls: { fsbp: [], nist: ['CA-7', 'SI-4', 'SI-4(2)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch-new.html',
  ],
  messages: {
    basic:
      "Monitoring is {value} on {where}, so CloudWatch receives the instance's metrics at 5-minute resolution only (basic monitoring).",
  },
  evaluate(ctx) {
    const own = ctx.props.at('Monitoring').bool();
    if (own !== undefined)
      return own ? configured('Monitoring is true on the instance') : unconfigured('basic', { value: 'false', where: 'the instance' });
    const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
    if (lt) {
      const enabled = launchTemplateData(ctx, lt).at('Monitoring').at('Enabled').bool();
      if (enabled === true) return configured(`Monitoring.Enabled is true in launch template ${lt.logicalId}`);
      if (enabled === false) return unconfigured('basic', { value: 'false', where: `launch template ${lt.logicalId}` });
    }
    return unconfigured('basic', { value: 'not set', where: 'the instance' });
  },
});
