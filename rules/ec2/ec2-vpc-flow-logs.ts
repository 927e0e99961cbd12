import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-vpc-flow-logs',
  title: 'VPC has flow logs that capture rejected traffic',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::EC2::VPC'],
  awsSide:
    'AWS can record the IP traffic of every network interface in a VPC (flow logs) to CloudWatch Logs, S3 or Firehose, but records nothing until a flow log is created for the VPC.',
  customerSide:
    'Network logging for investigation and detection is the customer\'s: create a flow log on the VPC with TrafficType ALL or REJECT.',
  severity: 'warning',
  remediation: {
    l2: 'new ec2.Vpc(this, id, { flowLogs: { all: { trafficType: ec2.FlowLogTrafficType.ALL } } }) or vpc.addFlowLog(id)',
    l1: 'an AWS::EC2::FlowLog with ResourceType: VPC, ResourceId: { Ref: <vpc> } and TrafficType: ALL (or REJECT)',
  },
  controls: { fsbp: ['EC2.6'], nist: ['AC-4(26)', 'AU-12', 'AU-2', 'AU-3', 'CA-7', 'SI-7(8)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html',
  ],
  messages: {
    none: 'No AWS::EC2::FlowLog in the app has the VPC as its ResourceId, so no traffic of the VPC is recorded.',
    acceptOnly: 'The VPC\'s flow log {flowLogs} records only TrafficType ACCEPT, so rejected connection attempts are not recorded.',
  },
  evaluate(ctx) {
    const logs = ctx.referrers('AWS::EC2::FlowLog').filter((f) => ctx.target(ctx.propsOf(f).at('ResourceId')) === ctx.resource);
    if (logs.length === 0) return unconfigured('none');
    for (const f of logs) {
      const traffic = (ctx.propsOf(f).at('TrafficType').str() ?? '').toUpperCase();
      if (traffic === 'ALL' || traffic === 'REJECT') return configured(`flow log ${f.logicalId} records ${traffic} traffic`);
    }
    return unconfigured('acceptOnly', { flowLogs: logs.map((f) => f.logicalId).join(', ') });
  },
});
