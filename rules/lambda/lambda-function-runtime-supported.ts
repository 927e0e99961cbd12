import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { DEPRECATED_RUNTIMES, RUNTIME_SOURCES, RUNTIME_TABLE_DATE } from './helpers';

export default defineDuty({
  id: 'lambda-function-runtime-supported',
  title: 'Lambda function uses a runtime that AWS still supports',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'AWS patches the managed runtime (language runtime and operating system) of a .zip function for as long as the runtime is supported; once AWS deprecates a runtime it stops applying security patches, then blocks creating and later updating functions that use it.',
  customerSide:
    "Choosing the runtime identifier and migrating to a supported major version is the customer's: AWS cannot move a function to a new major language version because it may break the code.",
  severity: 'error',
  remediation: {
    l2: 'new lambda.Function(this, id, { runtime: lambda.Runtime.NODEJS_24_X, ... }) (or another supported runtime)',
    l1: 'Runtime: a supported runtime identifier, e.g. "nodejs24.x" or "python3.14"',
  },
  controls: { fsbp: ['Lambda.2'], nist: ['SA-22', 'SI-2', 'SI-2(2)', 'CM-2'] },
  sources: [...RUNTIME_SOURCES, 'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2'],
  messages: {
    deprecated:
      'The function uses the runtime {runtime}, which AWS deprecated on {deprecated}: it no longer receives security patches or technical support, and AWS blocks creating and then updating functions that use it on the dates the Lambda runtimes page lists. Migrate to {successor}.',
  },
  evaluate(ctx) {
    if (ctx.props.at('PackageType').str() === 'Image') {
      return notApplicable("a container image function has no managed runtime: its base image is the customer's to patch");
    }
    const runtime = ctx.props.at('Runtime').str();
    if (runtime === undefined) return notApplicable('the function declares no Runtime');
    const deprecated = DEPRECATED_RUNTIMES[runtime];
    if (deprecated) return unconfigured('deprecated', { runtime, deprecated: deprecated.deprecated, successor: deprecated.successor });
    return configured(`runtime ${runtime} is not deprecated (runtime table of ${RUNTIME_TABLE_DATE})`);
  },
});
