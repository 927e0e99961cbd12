import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloudtrail-trail-logging-enabled',
  title: 'CloudTrail trail is logging',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  awsSide:
    'CloudTrail records and delivers events for a trail only while it is logging; CloudFormation starts or stops logging from the required IsLogging property.',
  customerSide: "Keeping the audit trail running is the customer's: a trail deployed with IsLogging false records nothing.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudtrail.Trail(this, id) (the L2 always sets IsLogging: true)',
    l1: 'IsLogging: true',
  },
  controls: { fsbp: [], nist: ['AU-2', 'AU-12'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-islogging',
    'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopLogging.html',
  ],
  messages: {
    stopped: 'IsLogging is {value}, so the trail records no API activity.',
  },
  evaluate(ctx) {
    const logging = ctx.props.at('IsLogging').bool();
    if (logging === true) return configured('IsLogging is true');
    return unconfigured('stopped', { value: logging === false ? 'false' : 'not set' });
  },
});
