import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { AL2023_IMDS_UNDECIDED, isAl2023Image } from './helpers';

export default defineDuty({
  id: 'ec2-launch-template-imdsv2-required',
  title: 'EC2 launch template requires IMDSv2 for the instances it launches',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  awsSide:
    "AWS applies the launch template's MetadataOptions to every instance launched from it; when HttpTokens is not set, the instance takes the AMI's or the account's default, which can leave IMDSv1 available.",
  customerSide:
    "Requiring IMDSv2 for every instance a template launches is the customer's: set HttpTokens to required in the template so no launch depends on the AMI or on account defaults.",
  severity: 'error',
  remediation: {
    l2: 'new ec2.LaunchTemplate(this, id, { ..., requireImdsv2: true }) (or httpTokens: ec2.LaunchTemplateHttpTokens.REQUIRED)',
    l1: 'LaunchTemplateData.MetadataOptions.HttpTokens: "required"',
  },
  controls: { fsbp: ['EC2.170'], nist: ['AC-3', 'AC-6', 'CM-2', 'CM-2(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-170',
    'https://docs.aws.amazon.com/config/latest/developerguide/ec2-launch-template-imdsv2-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-metadataoptions.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_InstanceMetadataOptionsRequest.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html#instance-metadata-options-order-of-precedence',
  ],
  messages: {
    optional:
      "LaunchTemplateData.MetadataOptions.HttpTokens is '{value}', so instances launched from the template answer IMDSv1 requests without a session token.",
    notSet:
      "LaunchTemplateData.MetadataOptions.HttpTokens is not set, so instances launched from the template take the AMI's or the account's default, which allows IMDSv1 unless the AMI is marked ImdsSupport v2.0 or the account default requires tokens.",
  },
  evaluate(ctx) {
    const options = ctx.props.at('LaunchTemplateData').at('MetadataOptions');
    if (options.at('HttpEndpoint').str() === 'disabled')
      return configured('the instance metadata endpoint is disabled (HttpEndpoint: disabled)');
    const tokens = options.at('HttpTokens').str();
    if (tokens === 'required') return configured('MetadataOptions.HttpTokens is required');
    if (tokens === undefined) {
      // An AL2023 image makes required the default unless the account says otherwise: not a finding, not a pass.
      if (isAl2023Image(ctx.props.at('LaunchTemplateData.ImageId'))) return unknown(AL2023_IMDS_UNDECIDED);
      return unconfigured('notSet');
    }
    return unconfigured('optional', { value: tokens });
  },
});
