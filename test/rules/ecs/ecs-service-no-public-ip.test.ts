import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { cluster, fargateTask } from './fixtures';

function service(stack: import('aws-cdk-lib').Stack, props: Partial<ecs.FargateServiceProps> = {}): ecs.FargateService {
  return new ecs.FargateService(stack, 'Service', {
    cluster: cluster(stack),
    taskDefinition: fargateTask(stack),
    vpcSubnets: { subnetType: props.assignPublicIp ? ec2.SubnetType.PUBLIC : ec2.SubnetType.PRIVATE_ISOLATED },
    ...props,
  });
}

dutyCases('ecs-service-no-public-ip', [
  { name: 'the L2 Fargate service keeps the default', build: (stack) => service(stack), path: 'Service', expect: 'configured' },
  {
    name: 'the L2 Fargate service sets assignPublicIp: false',
    build: (stack) => service(stack, { assignPublicIp: false }),
    path: 'Service',
    expect: 'configured',
  },
  {
    name: 'the L2 Fargate service sets assignPublicIp: true',
    build: (stack) => service(stack, { assignPublicIp: true }),
    path: 'Service',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override disables the public IP',
    build: (stack) =>
      (service(stack, { assignPublicIp: true }).node.defaultChild as ecs.CfnService).addPropertyOverride(
        'NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp',
        'DISABLED',
      ),
    path: 'Service',
    expect: 'configured',
  },
  {
    name: 'AssignPublicIp is imported from another stack',
    build: (stack) =>
      (service(stack).node.defaultChild as ecs.CfnService).addPropertyOverride(
        'NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp',
        Fn.importValue('PublicIpSetting'),
      ),
    path: 'Service',
    expect: 'unknown',
  },
]);
