import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { optionSetting } from './helpers';

export default defineDuty({
  id: 'elasticbeanstalk-environment-enhanced-health',
  title: 'Elastic Beanstalk environment uses enhanced health reporting',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
  awsSide:
    'AWS Elastic Beanstalk runs a health agent on its platform AMIs; enhanced health reporting is on by default only in the console and EB CLI, and environments created through the API (and so CloudFormation) get basic health unless SystemType is enhanced.',
  customerSide:
    "Watching the application's health is the customer's: enhanced health reports per-instance causes (failed deployments, latency, errors) that basic load balancer checks miss.",
  severity: 'warning',
  remediation: {
    l1: 'OptionSettings: [{ Namespace: aws:elasticbeanstalk:healthreporting:system, OptionName: SystemType, Value: enhanced }] (with a service role and instance profile)',
  },
  controls: { fsbp: ['ElasticBeanstalk.1'], nist: ['CA-7', 'SI-2', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticbeanstalk-controls.html#elasticbeanstalk-1',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/health-enhanced-api.html',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-elasticbeanstalkhealthreporting',
  ],
  messages: {
    basic:
      "SystemType in aws:elasticbeanstalk:healthreporting:system is {value}, so the environment reports basic health only (settings in the source bundle's .ebextensions are not visible here).",
  },
  evaluate(ctx) {
    const setting = optionSetting(ctx, 'aws:elasticbeanstalk:healthreporting:system', 'SystemType');
    if (setting.kind === 'unknown') return unknown(setting.reason);
    if (setting.kind === 'absent') return unconfigured('basic', { value: 'not set (basic for environments created through the API)' });
    const value = setting.value.str() ?? '';
    if (value.toLowerCase() === 'enhanced') return configured(`SystemType is enhanced (${setting.from})`);
    return unconfigured('basic', { value });
  },
});
