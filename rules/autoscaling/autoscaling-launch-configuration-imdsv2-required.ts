import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { AL2023_IMDS_UNDECIDED, isAl2023Image } from '../ec2/helpers';

export default defineDuty({
  id: 'autoscaling-launch-configuration-imdsv2-required',
  title: 'Auto Scaling launch configuration requires IMDSv2',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  awsSide:
    "AWS runs the instance metadata service on every instance the configuration launches and serves the instance role's credentials from it; a launch configuration whose MetadataOptions.HttpTokens is not set launches instances with HttpTokens optional, which answers token-less IMDSv1 requests.",
  customerSide:
    "Requiring IMDSv2 is the customer's: with IMDSv1 available, a server-side request forgery in software on the instances can read the role credentials.",
  severity: 'error',
  remediation: {
    l2: 'new autoscaling.AutoScalingGroup(this, id, { ..., requireImdsv2: true })',
    l1: 'MetadataOptions: { HttpTokens: "required" } on the AWS::AutoScaling::LaunchConfiguration',
  },
  controls: { fsbp: ['AutoScaling.3'], nist: ['AC-3', 'AC-6', 'CM-2', 'CM-2(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-metadataoptions.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html',
  ],
  messages: {
    optional:
      'MetadataOptions.HttpTokens is {value}, so the instances the configuration launches answer IMDSv1 requests without a session token.',
  },
  evaluate(ctx) {
    const options = ctx.props.at('MetadataOptions');
    if (options.at('HttpEndpoint').str() === 'disabled')
      return configured('the instance metadata endpoint is disabled (HttpEndpoint: disabled)');
    const tokens = options.at('HttpTokens').str();
    if (tokens === 'required') return configured('MetadataOptions.HttpTokens is required');
    // An AL2023 image makes required the default unless the account says otherwise: not a finding, not a pass.
    if (tokens === undefined && isAl2023Image(ctx.props.at('ImageId'))) return unknown(AL2023_IMDS_UNDECIDED);
    return unconfigured('optional', { value: tokens === undefined ? 'not set (default optional)' : `'${tokens}'` });
  },
});
