import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecs-service-no-public-ip',
  title: 'ECS service does not assign public IP addresses to its tasks',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ECS::Service'],
  awsSide:
    'For awsvpc tasks ECS gives each task an elastic network interface; AssignPublicIp defaults to DISABLED, so tasks get a public IP only when the service asks for one.',
  customerSide:
    "Network placement is the customer's: a task with a public IP is reachable from the internet wherever its security groups allow, so tasks should sit in private subnets behind a load balancer or NAT.",
  severity: 'error',
  remediation: {
    l2: 'new ecs.FargateService(this, id, { cluster, taskDefinition, assignPublicIp: false })',
    l1: 'NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp: DISABLED',
  },
  controls: {
    fsbp: ['ECS.2'],
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
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-service-awsvpcconfiguration.html',
  ],
  messages: {
    enabled: 'The service sets NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp to ENABLED, so each task gets a public IP address.',
  },
  evaluate(ctx) {
    const assign = ctx.props.at('NetworkConfiguration').at('AwsvpcConfiguration').at('AssignPublicIp').str();
    if (assign?.toUpperCase() === 'ENABLED') return unconfigured('enabled');
    return configured(assign ? `AssignPublicIp is ${assign}` : 'AssignPublicIp is not set (default DISABLED)');
  },
});
