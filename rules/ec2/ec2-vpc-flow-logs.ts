import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-vpc-flow-logs',
  title: 'VPC has flow logs that capture rejected traffic',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::EC2::VPC'],
  awsSide:
    'AWS can record the IP traffic of every network interface in a VPC (flow logs) to CloudWatch Logs, S3 or Firehose, but records nothing until a flow log is created for the VPC.',
  customerSide:
    "Network logging for investigation and detection is the customer's: create a flow log on the VPC with TrafficType ALL or REJECT.",
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
    acceptOnly: "The VPC's flow log {flowLogs} records only TrafficType ACCEPT, so rejected connection attempts are not recorded.",
  },
  evaluate(ctx) {
    const flowLogs = ctx.attachments('AWS::EC2::FlowLog', 'ResourceId');
    const records = (f: ResourceRecord) => ['ALL', 'REJECT'].includes((ctx.propsOf(f).at('TrafficType').str() ?? '').toUpperCase());
    const found = flowLogs.sure.find(records);
    if (found)
      return configured(`flow log ${found.logicalId} records ${ctx.propsOf(found).at('TrafficType').str()!.toUpperCase()} traffic`);
    flowLogs.settle(records); // a flow log that may be this VPC's (an Fn::If, a parameter) makes the finding unknown
    const logs = flowLogs.sure;
    if (logs.length === 0) return unconfigured('none');
    return unconfigured('acceptOnly', { flowLogs: logs.map((f) => f.logicalId).join(', ') });
  },
});
