import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecs-task-definition-no-host-network',
  title: 'ECS task definition does not use host network mode',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    'AWS provides the bridge, awsvpc and host network modes; NetworkMode defaults to bridge on EC2 and Fargate requires awsvpc. Host mode is never chosen for the customer.',
  customerSide:
    "The network mode is the customer's choice: in host mode containers share the instance's network stack, can reach its loopback services and bypass task-level security groups.",
  severity: 'error',
  remediation: {
    l2: 'new ecs.Ec2TaskDefinition(this, id, { networkMode: ecs.NetworkMode.AWS_VPC })',
    l1: 'NetworkMode: awsvpc (or bridge); not host',
  },
  controls: { fsbp: ['ECS.17'], nist: ['AC-4', 'AC-6', 'SC-7', 'SC-39'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-17',
    'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-network-mode-not-host.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-taskdefinition.html#cfn-ecs-taskdefinition-networkmode',
    'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/networking-networkmode-host.html',
  ],
  messages: {
    host: "The task definition sets NetworkMode to host, so its containers share the container instance's network stack.",
  },
  evaluate(ctx) {
    const mode = ctx.props.at('NetworkMode').str();
    if (mode?.toLowerCase() === 'host') return unconfigured('host');
    return configured(mode ? `NetworkMode is ${mode}` : 'NetworkMode is not set (bridge on EC2; Fargate requires awsvpc)');
  },
});
