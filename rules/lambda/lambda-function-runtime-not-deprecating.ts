import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { DEPRECATED_RUNTIMES, RUNTIME_SOURCES, RUNTIME_TABLE_DATE, SCHEDULED_RUNTIMES } from './helpers';

export default defineDuty({
  id: 'lambda-function-runtime-not-deprecating',
  title: 'Lambda function does not use a runtime that is about to be deprecated',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'AWS announces runtime deprecation dates in advance on the Lambda runtimes page and keeps patching a runtime until that date; runtimes built on Amazon Linux 2 only receive critical and selected important patches since Amazon Linux 2 reached end of life.',
  customerSide:
    "Planning the move to a newer runtime before AWS stops patching the current one is the customer's: only the customer can test the code on the new major version and change the runtime identifier.",
  severity: 'warning',
  remediation: {
    l2: 'new lambda.Function(this, id, { runtime: lambda.Runtime.NODEJS_24_X, ... }) (or the successor runtime named in the finding)',
    l1: 'Runtime: the successor runtime identifier, e.g. "nodejs24.x", "python3.14", "java25", "provided.al2023"',
  },
  controls: { fsbp: [], nist: ['SA-22', 'SI-2', 'CM-2'] },
  sources: RUNTIME_SOURCES,
  messages: {
    scheduled: 'The function uses the runtime {runtime}, which {reason}. Plan the migration to {successor}.',
  },
  evaluate(ctx) {
    if (ctx.props.at('PackageType').str() === 'Image') {
      return notApplicable("a container image function has no managed runtime: its base image is the customer's to patch");
    }
    const runtime = ctx.props.at('Runtime').str();
    if (runtime === undefined) return notApplicable('the function declares no Runtime');
    if (DEPRECATED_RUNTIMES[runtime]) {
      return notApplicable(`runtime ${runtime} is already deprecated: see lambda-function-runtime-supported`);
    }
    const scheduled = SCHEDULED_RUNTIMES[runtime];
    if (scheduled) return unconfigured('scheduled', { runtime, reason: scheduled.reason, successor: scheduled.successor });
    return configured(`no deprecation of ${runtime} is announced within about seven months (runtime table of ${RUNTIME_TABLE_DATE})`);
  },
});
