import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { optionIsTrue, optionSetting } from './helpers';

export default defineDuty({
  id: 'elasticbeanstalk-environment-managed-updates',
  title: 'Elastic Beanstalk environment has managed platform updates enabled',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
  awsSide:
    'AWS Elastic Beanstalk publishes platform versions with OS, runtime and security fixes, and can apply patch and minor updates in a weekly maintenance window; ManagedActionsEnabled defaults to false.',
  customerSide:
    "Moving the environment onto patched platform versions is the customer's: without managed updates it stays on the platform version it was created with until someone updates it.",
  severity: 'warning',
  remediation: {
    l1: 'OptionSettings: aws:elasticbeanstalk:managedactions ManagedActionsEnabled: "true" and PreferredStartTime; aws:elasticbeanstalk:managedactions:platformupdate UpdateLevel: minor (or patch)',
  },
  controls: { fsbp: ['ElasticBeanstalk.2'], nist: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticbeanstalk-controls.html#elasticbeanstalk-2',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-elasticbeanstalkmanagedactions',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html',
  ],
  messages: {
    disabled:
      'ManagedActionsEnabled in aws:elasticbeanstalk:managedactions is {value}, so platform updates are never applied automatically.',
  },
  evaluate(ctx) {
    const setting = optionSetting(ctx, 'aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled');
    if (setting.kind === 'unknown') return unknown(setting.reason);
    if (setting.kind === 'absent') return unconfigured('disabled', { value: 'not set (default false)' });
    if (!optionIsTrue(setting.value)) return unconfigured('disabled', { value: setting.value.str() ?? '' });
    const level = optionSetting(ctx, 'aws:elasticbeanstalk:managedactions:platformupdate', 'UpdateLevel');
    const levelText = level.kind === 'found' ? level.value.str() : undefined;
    return configured(`managed platform updates enabled${levelText ? ` (UpdateLevel ${levelText})` : ''}`);
  },
});
