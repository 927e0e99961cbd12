import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecs-task-set-no-public-ip',
  title: 'ECS task set does not assign public IP addresses to its tasks',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ECS::TaskSet'],
  awsSide:
    'For awsvpc tasks ECS gives each task an elastic network interface; AssignPublicIp defaults to DISABLED, so tasks get a public IP only when the task set asks for one.',
  customerSide:
    "Network placement is the customer's: a task with a public IP is reachable from the internet wherever its security groups allow.",
  severity: 'error',
  remediation: {
    l1: 'NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp: DISABLED',
  },
  controls: {
    fsbp: ['ECS.16'],
    nist: [
      'AC-21',
      'AC-3',
      'AC-3(7)',
      'AC-4',
      'AC-4(21)',
      'AC-6',
      'SC-7',
      'SC-7(11)',
      'SC-7(16)',
      'SC-7(20)',
      'SC-7(21)',
      'SC-7(3)',
      'SC-7(4)',
      'SC-7(9)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-16',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskset-awsvpcconfiguration.html',
  ],
  messages: {
    enabled: 'The task set sets NetworkConfiguration.AwsVpcConfiguration.AssignPublicIp to ENABLED, so each task gets a public IP address.',
  },
  evaluate(ctx) {
    const assign = ctx.props.at('NetworkConfiguration').at('AwsVpcConfiguration').at('AssignPublicIp').str();
    if (assign?.toUpperCase() === 'ENABLED') return unconfigured('enabled');
    return configured(assign ? `AssignPublicIp is ${assign}` : 'AssignPublicIp is not set (default DISABLED)');
  },
});
