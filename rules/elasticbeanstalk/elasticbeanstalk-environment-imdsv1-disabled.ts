import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { optionSetting, platformOf } from './helpers';

/** DisableIMDSv1 defaults to true on AL2023 and Windows Server 2022+ platforms, false on AL2, Windows Server 2019 and earlier. */
function defaultDisablesImdsv1(platform: string): boolean | undefined {
  if (/Amazon Linux 2023/i.test(platform)) return true;
  if (/Windows Server (Core )?20(2[2-9]|[3-9]\d)/i.test(platform)) return true;
  if (/Amazon Linux 2(\b|[^0-9])/i.test(platform) || /Amazon Linux 20(1\d)/i.test(platform) || /Amazon Linux AMI/i.test(platform))
    return false;
  if (/Windows Server (Core )?20(0\d|1\d)/i.test(platform)) return false;
  return undefined;
}

export default defineDuty({
  id: 'elasticbeanstalk-environment-imdsv1-disabled',
  title: 'Elastic Beanstalk environment instances require IMDSv2',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
  awsSide:
    'AWS Elastic Beanstalk launches the instances; DisableIMDSv1 defaults to true on Amazon Linux 2023 and Windows Server 2022+ platforms, and to false (IMDSv1 and IMDSv2 enabled) on Amazon Linux 2, Windows Server 2019 and earlier.',
  customerSide:
    "The instances are the customer's: on platforms where IMDSv1 stays enabled, an SSRF flaw in the application can read the instance role's credentials unless DisableIMDSv1 is true.",
  severity: 'warning',
  remediation: {
    l1: 'OptionSettings: [{ Namespace: aws:autoscaling:launchconfiguration, OptionName: DisableIMDSv1, Value: "true" }] (or an Amazon Linux 2023 platform)',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6', 'CM-2', 'CM-6', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-autoscalinglaunchconfiguration',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environments-cfg-ec2-imds.html',
  ],
  messages: {
    enabledExplicitly: 'DisableIMDSv1 is {value}, so the instances accept IMDSv1 requests.',
    enabledByDefault: 'DisableIMDSv1 is not set and the platform ({platform}) defaults to keeping IMDSv1 enabled.',
  },
  evaluate(ctx) {
    const setting = optionSetting(ctx, 'aws:autoscaling:launchconfiguration', 'DisableIMDSv1');
    if (setting.kind === 'unknown') return unknown(setting.reason);
    if (setting.kind === 'found') {
      const value = (setting.value.str() ?? '').trim();
      if (value.toLowerCase() === 'true') return configured(`DisableIMDSv1 is true (${setting.from})`);
      return unconfigured('enabledExplicitly', { value });
    }
    const platform = platformOf(ctx);
    if (platform === undefined)
      return unknown(
        'DisableIMDSv1 is not set and the platform (SolutionStackName or PlatformArn) is not in the template, so its default cannot be told',
      );
    const disables = defaultDisablesImdsv1(platform);
    if (disables === undefined)
      return unknown(`DisableIMDSv1 is not set and the default for platform '${platform}' is not known to this check`);
    if (disables) return configured(`DisableIMDSv1 is not set; the platform (${platform}) disables IMDSv1 by default`);
    return unconfigured('enabledByDefault', { platform });
  },
});
