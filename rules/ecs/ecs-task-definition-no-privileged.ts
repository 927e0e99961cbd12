import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { containers, quoted } from './helpers';

export default defineDuty({
  id: 'ecs-task-definition-no-privileged',
  title: 'ECS containers do not run in privileged mode',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    'AWS runs the ECS control plane (and, on Fargate, the host); Privileged defaults to false, and Fargate rejects privileged containers.',
  customerSide:
    "The task definition is the customer's: a privileged container gets root on the container instance, so turning Privileged on is a choice only the customer makes and must justify.",
  severity: 'error',
  remediation: {
    l2: 'taskDefinition.addContainer(id, { image, privileged: false }) (or leave privileged unset)',
    l1: 'ContainerDefinitions[].Privileged: false (or omit it)',
  },
  controls: { fsbp: ['ECS.4'], nist: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-privileged',
  ],
  messages: {
    privileged: 'Container(s) {containers} set Privileged to true, which gives them root access to the container instance.',
  },
  evaluate(ctx) {
    const privileged = containers(ctx).filter((c) => c.def.at('Privileged').bool() === true);
    if (privileged.length > 0) return unconfigured('privileged', { containers: quoted(privileged.map((c) => c.name)) });
    return configured('no container sets Privileged (default false)');
  },
});
