import { defineDuty } from '../../lib/model/duty';
import { stringList } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';
import { containers } from './helpers';

export default defineDuty({
  id: 'ecs-task-definition-no-added-capabilities',
  title: 'ECS containers add no Linux capabilities beyond the default set',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    "Containers start with the container runtime's default Linux capability set; ECS adds none unless LinuxParameters.Capabilities.Add names them (Fargate accepts only SYS_PTRACE).",
  customerSide:
    "Each added capability widens what a compromised process can do to the host kernel; adding them is the customer's choice and worth reviewing.",
  severity: 'info',
  remediation: {
    l2: 'do not call linuxParameters.addCapabilities(...); use linuxParameters.dropCapabilities(ecs.Capability.ALL) where the workload allows',
    l1: 'ContainerDefinitions[].LinuxParameters.Capabilities.Add: [] (omit it)',
  },
  controls: { fsbp: [], nist: ['AC-6', 'CM-7'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-kernelcapabilities.html',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html',
  ],
  messages: {
    added: 'Container(s) add Linux capabilities: {added}.',
  },
  evaluate(ctx) {
    const added: string[] = [];
    for (const c of containers(ctx)) {
      const caps = stringList(c.def.at('LinuxParameters').at('Capabilities').at('Add')) ?? [];
      if (caps.length > 0) added.push(`'${c.name}' adds ${caps.join(', ')}`);
    }
    if (added.length > 0) return unconfigured('added', { added: added.join('; ') });
    return configured('no container adds Linux capabilities');
  },
});
