import { defineDuty } from '../../lib/model/duty';
import { instanceProfileSsm, SSM_SOURCES, type SsmPermissions } from '../../lib/model/evidence/ssm';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { DHMC_SOURCE, defaultHostManagement, launchTemplateProfile } from '../ec2/helpers';
import { launchSource } from './helpers';

export default defineDuty({
  id: 'autoscaling-group-ssm-managed',
  title: "Auto Scaling group's instances can be managed by AWS Systems Manager",
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  awsSide:
    "AWS secures the hypervisor and the host; the guest operating system of every instance the group launches is the customer's. Systems Manager can inventory, configure and patch those guests only once their SSM Agent registers, which needs credentials that allow ssm:UpdateInstanceInformation. This duty proxies Security Hub SSM.1 (instances managed by Systems Manager), which AWS evaluates at run time on each instance.",
  customerSide:
    "Managing the guest OS of a fleet is the customer's: give the launch template (or launch configuration) an instance profile whose role has AmazonSSMManagedInstanceCore, or turn on Default Host Management Configuration for the account and Region.",
  severity: 'warning',
  remediation: {
    l2: 'new autoscaling.AutoScalingGroup(this, id, { ..., ssmSessionPermissions: true }) (or role: a role with AmazonSSMManagedInstanceCore)',
    l1: "LaunchTemplateData.IamInstanceProfile (or the launch configuration's IamInstanceProfile) naming an AWS::IAM::InstanceProfile whose role has ManagedPolicyArns [arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore]; or an AWS::SSM::DefaultHostManagementConfiguration",
  },
  controls: { fsbp: ['SSM.1'], nist: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-8', 'CM-8(1)', 'CM-8(2)', 'CM-8(3)', 'SI-2(3)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-launchconfiguration.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-iaminstanceprofile.html',
    DHMC_SOURCE,
    ...SSM_SOURCES,
  ],
  messages: {
    noProfile:
      "The group's {source} names no IAM instance profile and the app turns on no Default Host Management Configuration, so the SSM Agent on its instances has no credentials to register with Systems Manager.",
    notGranted:
      "The instance profile role ({roles}) of the group's {source} grants neither AmazonSSMManagedInstanceCore nor ssm:UpdateInstanceInformation, so the SSM Agent on its instances cannot register with Systems Manager.",
  },
  evaluate(ctx) {
    const dhmc = defaultHostManagement(ctx);
    if (dhmc) return configured(`Default Host Management Configuration is turned on by ${dhmc.logicalId}`);
    const source = launchSource(ctx);
    const profiles: Array<{ profile: Value; source: string }> = [];
    if (source.kind === 'launch-template') {
      for (const lt of source.templates)
        profiles.push({ profile: launchTemplateProfile(ctx, lt), source: `launch template ${lt.logicalId}` });
    } else if (source.kind === 'launch-configuration') {
      profiles.push({
        profile: ctx.propsOf(source.record).at('IamInstanceProfile'),
        source: `launch configuration ${source.record.logicalId}`,
      });
    } else if (source.kind === 'instance') {
      const instance = ctx.target(source.value);
      if (!instance || instance.type !== 'AWS::EC2::Instance')
        return unknown('the group is created from an instance that is not defined in this app');
      profiles.push({ profile: ctx.propsOf(instance).at('IamInstanceProfile'), source: `instance ${instance.logicalId}` });
    } else {
      return unknown('the group names neither a launch template, a launch configuration nor an instance');
    }
    let granted: SsmPermissions | undefined;
    for (const p of profiles) {
      const ssm = instanceProfileSsm(ctx, p.profile);
      if (ssm.kind === 'no-profile') return unconfigured('noProfile', { source: p.source });
      if (ssm.kind === 'not-granted') return unconfigured('notGranted', { source: p.source, roles: ssm.roles.join(', ') || 'no role' });
      granted = ssm;
    }
    return configured(
      granted?.kind === 'granted'
        ? `role ${granted.role} grants the SSM Agent's core permissions`
        : "every launch source grants the SSM Agent's core permissions",
    );
  },
});
