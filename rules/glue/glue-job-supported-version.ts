import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

/** Glue versions past end of support for Spark jobs (0.9 and 1.0 on 2022-06-01/2022-09-30, 2.0 on 2024-01-31; end of life 2026-04-01). */
const END_OF_SUPPORT: Readonly<Record<string, string>> = { '0.9': '2022-06-01', '1.0': '2022-09-30', '2.0': '2024-01-31' };

export default defineDuty({
  id: 'glue-job-supported-version',
  title: 'Glue Spark job runs on a supported AWS Glue version',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::Glue::Job'],
  awsSide:
    'AWS Glue patches the Spark and Python runtime of supported Glue versions and stops patching a version at end of support; a job without GlueVersion gets the latest version available.',
  customerSide:
    "Choosing the Glue version, and migrating scripts off versions past end of support, is the customer's: those runtimes no longer receive security patches.",
  severity: 'warning',
  remediation: {
    l1: 'GlueVersion: "5.0" (or "4.0"; not 0.9, 1.0 or 2.0)',
  },
  controls: { fsbp: [], nist: ['SI-2', 'SI-2(2)', 'SA-22', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-glue-job.html#cfn-glue-job-glueversion',
    'https://docs.aws.amazon.com/config/latest/developerguide/glue-spark-job-supported-version.html',
  ],
  messages: {
    endOfSupport: 'The Spark job runs on Glue version {version}, which reached end of support on {date}.',
  },
  evaluate(ctx) {
    const command = (ctx.props.at('Command').at('Name').str() ?? '').toLowerCase();
    if (command !== 'glueetl' && command !== 'gluestreaming')
      return notApplicable(`the job is not a Spark job (Command.Name ${command || 'not set'})`);
    const version = ctx.props.at('GlueVersion').str();
    if (version === undefined) return configured('GlueVersion is not set, so the latest Glue version is used');
    const date = END_OF_SUPPORT[version.trim()];
    if (date) return unconfigured('endOfSupport', { version, date });
    return configured(`Glue version ${version} is supported`);
  },
});
