import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { launchTemplateData, launchTemplateOf } from './helpers';

export default defineDuty({
  id: 'ec2-instance-termination-protection',
  title: 'EC2 instance has termination protection enabled',
  category: 'resilience',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    'AWS terminates an instance on any authorized TerminateInstances call unless termination protection (DisableApiTermination, default false) is on; instance store data and volumes with DeleteOnTermination are lost with it.',
  customerSide:
    "Protecting a long-lived, stateful instance from accidental termination is the customer's; instances that are meant to be replaced (Auto Scaling, immutable deployments) may rightly leave it off.",
  severity: 'info',
  remediation: {
    l2: 'new ec2.Instance(this, id, { ..., disableApiTermination: true })',
    l1: 'DisableApiTermination: true on the AWS::EC2::Instance (or LaunchTemplateData.DisableApiTermination: true)',
  },
  controls: { fsbp: [], nist: ['CM-3', 'CP-10', 'SI-12'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_ChangingDisableAPITermination.html',
  ],
  messages: {
    off: 'DisableApiTermination is {value} on {where}, so any principal allowed ec2:TerminateInstances can terminate the instance in one call.',
  },
  evaluate(ctx) {
    const own = ctx.props.at('DisableApiTermination').bool();
    if (own !== undefined)
      return own
        ? configured('DisableApiTermination is true on the instance')
        : unconfigured('off', { value: 'false', where: 'the instance' });
    const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
    if (lt) {
      const v = launchTemplateData(ctx, lt).at('DisableApiTermination').bool();
      if (v === true) return configured(`DisableApiTermination is true in launch template ${lt.logicalId}`);
      if (v === false) return unconfigured('off', { value: 'false', where: `launch template ${lt.logicalId}` });
    }
    return unconfigured('off', { value: 'not set (default false)', where: 'the instance' });
  },
});
