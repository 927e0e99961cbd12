import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloud9-environment-automatic-stop',
  title: 'Cloud9 EC2 environment stops its instance when idle',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::Cloud9::EnvironmentEC2'],
  awsSide:
    "AWS Cloud9 shuts the environment's instance down AutomaticStopTimeMinutes after the IDE was last used; CloudFormation documents no default for the property.",
  customerSide:
    'An idle development instance that keeps running is attack surface (and cost) the customer owns; setting an automatic stop time limits how long it stays reachable unattended.',
  severity: 'info',
  remediation: {
    l1: 'AutomaticStopTimeMinutes: 30 (or another value above 0)',
  },
  controls: { fsbp: [], nist: ['AC-12', 'CM-7', 'SC-10'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloud9-environmentec2.html#cfn-cloud9-environmentec2-automaticstoptimeminutes',
    'https://docs.aws.amazon.com/cloud9/latest/user-guide/create-environment-main.html',
  ],
  messages: {
    none: 'AutomaticStopTimeMinutes is not set (CloudFormation documents no default), so the template does not make the instance stop when idle.',
    zero: 'AutomaticStopTimeMinutes is 0, so the instance is never stopped automatically.',
  },
  evaluate(ctx) {
    const minutes = ctx.props.at('AutomaticStopTimeMinutes').num();
    if (minutes === undefined) return unconfigured('none');
    if (minutes <= 0) return unconfigured('zero');
    return configured(`the instance stops ${minutes} minutes after last use`);
  },
});
