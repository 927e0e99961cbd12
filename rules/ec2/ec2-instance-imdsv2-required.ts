import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured, unknown, type Verdict } from '../../lib/model/verdict';
import { AL2023_IMDS_UNDECIDED, isAl2023Image, launchTemplateData, launchTemplateOf } from './helpers';

/** The verdict MetadataOptions decide on their own, or undefined when they leave HttpTokens unset. */
function decide(options: Value, where: string): Verdict<'optional'> | undefined {
  if (options.at('HttpEndpoint').str() === 'disabled') return configured(`the instance metadata endpoint is disabled on ${where}`);
  const tokens = options.at('HttpTokens').str();
  if (tokens === undefined) return undefined;
  if (tokens === 'required') return configured(`MetadataOptions.HttpTokens is required on ${where}`);
  return unconfigured('optional', { value: tokens, where });
}

export default defineDuty({
  id: 'ec2-instance-imdsv2-required',
  title: 'EC2 instance requires IMDSv2 (session tokens) for instance metadata',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    "AWS runs the instance metadata service on every instance and serves the instance role's temporary credentials from it; whether it still answers token-less IMDSv1 requests is an instance setting (MetadataOptions.HttpTokens), whose default depends on the AMI's ImdsSupport and the account-level IMDS defaults.",
  customerSide:
    "Requiring IMDSv2 is the customer's: with IMDSv1 available, a server-side request forgery in software the customer runs on the instance can read the role credentials. Set HttpTokens to required on the instance or its launch template.",
  severity: 'error',
  remediation: {
    l2: 'new ec2.Instance(this, id, { ..., requireImdsv2: true })',
    l1: 'MetadataOptions: { HttpTokens: "required" } on the AWS::EC2::Instance, or LaunchTemplateData.MetadataOptions.HttpTokens: "required" in its launch template',
  },
  controls: { fsbp: ['EC2.8'], nist: ['AC-3', 'AC-6', 'CM-2', 'CM-2(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-metadataoptions.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-metadataoptions.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html#instance-metadata-options-order-of-precedence',
  ],
  messages: {
    optional:
      "MetadataOptions.HttpTokens is '{value}' on {where}, so the instance metadata service still answers IMDSv1 requests without a session token.",
  },
  evaluate(ctx) {
    // Launch parameters take precedence over the launch template, which takes precedence over the AMI and account defaults.
    const own = decide(ctx.props.at('MetadataOptions'), 'the instance');
    if (own) return own;
    const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
    const fromTemplate = lt ? decide(launchTemplateData(ctx, lt).at('MetadataOptions'), `launch template ${lt.logicalId}`) : undefined;
    if (fromTemplate) return fromTemplate;
    const image = lt ? launchTemplateData(ctx, lt).at('ImageId') : undefined;
    if (isAl2023Image(ctx.props.at('ImageId')) || (image !== undefined && isAl2023Image(image))) return unknown(AL2023_IMDS_UNDECIDED);
    return unknown(
      'MetadataOptions.HttpTokens is set neither on the instance nor in a launch template, so whether IMDSv1 stays available depends on the AMI\'s ImdsSupport (v2.0 makes "required" the default) and on the account-level IMDS defaults, which are not visible at synth; set requireImdsv2: true to decide it in code',
    );
  },
});
