import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { containers, quoted } from './helpers';

export default defineDuty({
  id: 'ecs-task-definition-logging',
  title: 'ECS containers have a logging configuration',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    'AWS provides the log drivers (awslogs, awsfirelens, splunk, ...) but sends container output nowhere unless a container definition sets LogConfiguration.',
  customerSide:
    "Where container output goes is part of the customer's task configuration: without a LogConfiguration on each container its stdout and stderr are not retained for investigation.",
  severity: 'warning',
  remediation: {
    l2: 'taskDefinition.addContainer(id, { image, logging: ecs.LogDrivers.awsLogs({ streamPrefix: id }) })',
    l1: 'ContainerDefinitions[].LogConfiguration: { LogDriver: awslogs, Options: {...} }',
  },
  controls: {
    fsbp: ['ECS.9'],
    nist: ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-logconfiguration.html',
  ],
  messages: {
    noLogging: 'Container(s) {containers} have no LogConfiguration with a LogDriver, so their output is not collected.',
  },
  evaluate(ctx) {
    const missing = containers(ctx).filter((c) => !c.def.at('LogConfiguration').at('LogDriver').isSet());
    if (missing.length > 0) return unconfigured('noLogging', { containers: quoted(missing.map((c) => c.name)) });
    return configured('every container has a LogConfiguration');
  },
});
