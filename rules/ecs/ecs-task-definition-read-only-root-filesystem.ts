import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { containers, quoted } from './helpers';

export default defineDuty({
  id: 'ecs-task-definition-read-only-root-filesystem',
  title: 'ECS containers have a read-only root filesystem',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide: 'AWS runs the container runtime; ReadonlyRootFilesystem defaults to false, so containers can write to their root filesystem.',
  customerSide:
    "What a container may write is part of the customer's task configuration: only ReadonlyRootFilesystem: true stops a compromised process from altering the image's files.",
  severity: 'warning',
  remediation: {
    l2: 'taskDefinition.addContainer(id, { image, readonlyRootFilesystem: true }) (mount volumes for paths that must be writable)',
    l1: 'ContainerDefinitions[].ReadonlyRootFilesystem: true',
  },
  controls: { fsbp: ['ECS.5'], nist: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-readonlyrootfilesystem',
  ],
  messages: {
    writable: 'Container(s) {containers} do not set ReadonlyRootFilesystem to true, so their root filesystem is writable.',
  },
  evaluate(ctx) {
    const writable = containers(ctx).filter((c) => c.def.at('ReadonlyRootFilesystem').bool() !== true);
    if (writable.length > 0) return unconfigured('writable', { containers: quoted(writable.map((c) => c.name)) });
    return configured('every container sets ReadonlyRootFilesystem: true');
  },
});
