import { defineDuty } from '../../lib/model/duty';
import { instanceProfileSsm, SSM_SOURCES } from '../../lib/model/evidence/ssm';
import { configured, unconfigured } from '../../lib/model/verdict';
import { launchTemplateOf } from './helpers';
import { DHMC_SOURCE, defaultHostManagement, launchTemplateProfile } from './helpers';

export default defineDuty({
  id: 'ec2-instance-ssm-managed',
  title: 'EC2 instance can be managed by AWS Systems Manager',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    "AWS secures the hypervisor and the host; everything above it (guest operating system, agents, configuration) is the customer's. Systems Manager can inventory, configure and patch the guest only once its SSM Agent registers, which needs AWS credentials that allow ssm:UpdateInstanceInformation. This duty proxies Security Hub SSM.1 (instances managed by Systems Manager), which AWS evaluates at run time.",
  customerSide:
    "Managing the guest OS is the customer's: give the instance a role with AmazonSSMManagedInstanceCore (or turn on Default Host Management Configuration for the account and Region), and run an AMI with the SSM Agent and a network path to the Systems Manager endpoints.",
  severity: 'warning',
  remediation: {
    l2: 'new ec2.Instance(this, id, { ..., ssmSessionPermissions: true }) (or role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore")))',
    l1: 'IamInstanceProfile naming an AWS::IAM::InstanceProfile whose role has ManagedPolicyArns [arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore]; or an AWS::SSM::DefaultHostManagementConfiguration for the account and Region',
  },
  controls: { fsbp: ['SSM.1'], nist: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-8', 'CM-8(1)', 'CM-8(2)', 'CM-8(3)', 'SI-2(3)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html',
    DHMC_SOURCE,
    ...SSM_SOURCES,
  ],
  messages: {
    noProfile:
      'The instance has no IAM instance profile (IamInstanceProfile is not set on it or its launch template) and the app turns on no Default Host Management Configuration, so the SSM Agent has no credentials to register with Systems Manager.',
    notGranted:
      "The instance profile's role ({roles}) grants neither AmazonSSMManagedInstanceCore nor ssm:UpdateInstanceInformation, so the SSM Agent cannot register with Systems Manager.",
  },
  evaluate(ctx) {
    const dhmc = defaultHostManagement(ctx);
    if (dhmc) return configured(`Default Host Management Configuration is turned on by ${dhmc.logicalId}`);
    let profile = ctx.props.at('IamInstanceProfile');
    if (profile.raw === undefined) {
      const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
      if (lt) profile = launchTemplateProfile(ctx, lt);
    }
    const ssm = instanceProfileSsm(ctx, profile);
    if (ssm.kind === 'granted') return configured(`role ${ssm.role} grants the SSM Agent's core permissions`);
    if (ssm.kind === 'no-profile') return unconfigured('noProfile');
    return unconfigured('notGranted', { roles: ssm.roles.join(', ') || 'no role' });
  },
});
