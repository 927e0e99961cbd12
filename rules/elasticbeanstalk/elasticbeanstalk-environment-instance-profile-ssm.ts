import { defineDuty } from '../../lib/model/duty';
import { instanceProfileSsm, SSM_SOURCES } from '../../lib/model/evidence/ssm';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { optionSetting } from './helpers';

export default defineDuty({
  id: 'elasticbeanstalk-environment-instance-profile-ssm',
  title: 'Elastic Beanstalk environment instances can be managed by Systems Manager',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
  awsSide:
    'AWS Elastic Beanstalk platform AMIs include the SSM Agent, but the agent can register with Systems Manager only if the instance profile named by aws:autoscaling:launchconfiguration IamInstanceProfile grants it.',
  customerSide:
    "The environment's instances are the customer's to inspect, patch and access; giving the instance role the SSM core permissions lets Systems Manager inventory, patch and reach them without SSH.",
  severity: 'warning',
  remediation: {
    l1: 'OptionSettings: aws:autoscaling:launchconfiguration IamInstanceProfile: <profile name>, whose role has the AmazonSSMManagedInstanceCore managed policy',
  },
  controls: { fsbp: [], nist: ['CM-8', 'CM-8(1)', 'SI-2', 'SI-2(2)'] },
  sources: [
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-autoscalinglaunchconfiguration',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/iam-instanceprofile.html',
    ...SSM_SOURCES,
  ],
  messages: {
    noProfile:
      "No aws:autoscaling:launchconfiguration IamInstanceProfile option is set on the environment or its configuration template, so nothing in this app gives the instances a role with the SSM Agent's permissions.",
    notGranted:
      "The instance profile's role(s) {roles} do not grant the SSM Agent's core permissions (AmazonSSMManagedInstanceCore or ssm:UpdateInstanceInformation).",
  },
  evaluate(ctx) {
    const setting = optionSetting(ctx, 'aws:autoscaling:launchconfiguration', 'IamInstanceProfile');
    if (setting.kind === 'unknown') return unknown(setting.reason);
    if (setting.kind === 'absent') return unconfigured('noProfile');
    const ssm = instanceProfileSsm(ctx, setting.value);
    if (ssm.kind === 'granted') return configured(`role ${ssm.role} grants the SSM core permissions`);
    if (ssm.kind === 'no-profile') return unconfigured('noProfile');
    return unconfigured('notGranted', { roles: ssm.roles.join(', ') || '(none)' });
  },
});
