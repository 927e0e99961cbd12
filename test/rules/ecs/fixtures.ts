import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';

export const IMAGE = ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:latest');

/** A Fargate task definition `TD` with one container `web`. */
export function fargateTask(stack: Stack, container: Partial<ecs.ContainerDefinitionOptions> = {}): ecs.FargateTaskDefinition {
  const td = new ecs.FargateTaskDefinition(stack, 'TD');
  td.addContainer('web', { image: IMAGE, ...container });
  return td;
}

/** An EC2 task definition `TD` with one container `web`. */
export function ec2Task(
  stack: Stack,
  props: ecs.Ec2TaskDefinitionProps = {},
  container: Partial<ecs.ContainerDefinitionOptions> = {},
): ecs.Ec2TaskDefinition {
  const td = new ecs.Ec2TaskDefinition(stack, 'TD', props);
  td.addContainer('web', { image: IMAGE, memoryLimitMiB: 512, ...container });
  return td;
}

export function cfnTask(td: ecs.TaskDefinition): ecs.CfnTaskDefinition {
  return td.node.defaultChild as ecs.CfnTaskDefinition;
}

/** A one-AZ VPC without NAT gateways and a cluster `Cluster` in it. */
export function cluster(stack: Stack, props: Partial<ecs.ClusterProps> = {}): ecs.Cluster {
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
  return new ecs.Cluster(stack, 'Cluster', { vpc, ...props });
}

export function param(stack: Stack, id = 'Param'): string {
  return new CfnParameter(stack, id).valueAsString;
}
