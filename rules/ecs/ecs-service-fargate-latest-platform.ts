import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { isWindows } from './helpers';

/** The current Fargate platform versions: Linux 1.4.0, Windows 1.0.0 (the ones LATEST points to). */
const LATEST_LINUX = '1.4.0';
const LATEST_WINDOWS = '1.0.0';

export default defineDuty({
  id: 'ecs-service-fargate-latest-platform',
  title: 'ECS Fargate service runs on the latest Fargate platform version',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ECS::Service'],
  awsSide:
    'AWS patches the Fargate hosts and publishes new revisions of each platform version; a service without PlatformVersion uses LATEST (Linux 1.4.0, Windows 1.0.0), and new tasks always start on the latest revision.',
  customerSide:
    "A service pinned to an older platform version keeps running on an outdated kernel and runtime; choosing the version, and redeploying to pick up patched revisions, is the customer's.",
  severity: 'warning',
  remediation: {
    l2: 'new ecs.FargateService(this, id, { cluster, taskDefinition, platformVersion: ecs.FargatePlatformVersion.LATEST }) (or leave it unset)',
    l1: 'PlatformVersion: LATEST (or omit it)',
  },
  controls: { fsbp: ['ECS.10'], nist: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-10',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-service.html#cfn-ecs-service-platformversion',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-versions-retired.html',
  ],
  messages: {
    outdated: 'The Fargate service pins PlatformVersion {version}; the latest {os} platform version is {latest}.',
  },
  evaluate(ctx) {
    const launchType = ctx.props.at('LaunchType').str();
    if (launchType !== undefined && launchType.toUpperCase() !== 'FARGATE')
      return notApplicable(`the service uses the ${launchType} launch type`);
    const strategy = ctx.props.at('CapacityProviderStrategy').list() ?? [];
    if (launchType === undefined && strategy.length > 0) {
      const fargate = strategy.some((s) => (s.at('CapacityProvider').str() ?? '').toUpperCase().startsWith('FARGATE'));
      if (!fargate) return notApplicable("the service's capacity providers are not Fargate");
    }
    const version = ctx.props.at('PlatformVersion').str();
    if (version === undefined || version.toUpperCase() === 'LATEST') return configured('PlatformVersion is LATEST (the default)');
    if (version === LATEST_LINUX) return configured(`PlatformVersion ${version} is the latest Linux platform version`);
    const taskDefinition = ctx.target(ctx.props.at('TaskDefinition'));
    if (version === LATEST_WINDOWS) {
      if (!taskDefinition || taskDefinition.type !== 'AWS::ECS::TaskDefinition') {
        return unknown(
          'PlatformVersion is 1.0.0 and the task definition is not in this app, so whether it is the latest Windows or a retired Linux platform version cannot be told',
        );
      }
      if (isWindows(ctx.propsOf(taskDefinition))) return configured(`PlatformVersion ${version} is the latest Windows platform version`);
      return unconfigured('outdated', { version, os: 'Linux', latest: LATEST_LINUX });
    }
    const windows = taskDefinition?.type === 'AWS::ECS::TaskDefinition' && isWindows(ctx.propsOf(taskDefinition));
    return unconfigured('outdated', { version, os: windows ? 'Windows' : 'Linux', latest: windows ? LATEST_WINDOWS : LATEST_LINUX });
  },
});
