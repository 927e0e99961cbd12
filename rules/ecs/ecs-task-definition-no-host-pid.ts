import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecs-task-definition-no-host-pid',
  title: "ECS task definition does not share the host's process namespace",
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    'AWS isolates each container in its own process namespace unless the task definition asks otherwise; PidMode is unset by default.',
  customerSide:
    "PidMode is the customer's task configuration: PidMode host lets containers see and signal every process on the container instance, breaking process isolation.",
  severity: 'error',
  remediation: {
    l2: 'new ecs.Ec2TaskDefinition(this, id, { pidMode: ecs.PidMode.TASK }) (or leave pidMode unset)',
    l1: 'PidMode: task (or omit it); not host',
  },
  controls: { fsbp: ['ECS.3'], nist: ['AC-6', 'CM-7', 'SC-39'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-taskdefinition.html#cfn-ecs-taskdefinition-pidmode',
  ],
  messages: {
    host: "The task definition sets PidMode to host, so its containers share the container instance's process namespace.",
  },
  evaluate(ctx) {
    const mode = ctx.props.at('PidMode').str();
    if (mode?.toLowerCase() === 'host') return unconfigured('host');
    return configured(mode ? `PidMode is ${mode}` : 'PidMode is not set (each container has its own process namespace)');
  },
});
