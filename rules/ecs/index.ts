import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import ecsClusterContainerInsights from './ecs-cluster-container-insights';
import ecsServiceFargateLatestPlatform from './ecs-service-fargate-latest-platform';
import ecsServiceNoPublicIp from './ecs-service-no-public-ip';
import ecsTaskDefinitionEfsTransitEncryption from './ecs-task-definition-efs-transit-encryption';
import ecsTaskDefinitionLogging from './ecs-task-definition-logging';
import ecsTaskDefinitionNoAddedCapabilities from './ecs-task-definition-no-added-capabilities';
import ecsTaskDefinitionNoHostNetwork from './ecs-task-definition-no-host-network';
import ecsTaskDefinitionNoHostPid from './ecs-task-definition-no-host-pid';
import ecsTaskDefinitionNoPrivileged from './ecs-task-definition-no-privileged';
import ecsTaskDefinitionNoSecretsInEnvironment from './ecs-task-definition-no-secrets-in-environment';
import ecsTaskDefinitionNonRootUser from './ecs-task-definition-non-root-user';
import ecsTaskDefinitionReadOnlyRootFilesystem from './ecs-task-definition-read-only-root-filesystem';
import ecsTaskSetNoPublicIp from './ecs-task-set-no-public-ip';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  ecsClusterContainerInsights,
  ecsServiceFargateLatestPlatform,
  ecsServiceNoPublicIp,
  ecsTaskDefinitionEfsTransitEncryption,
  ecsTaskDefinitionLogging,
  ecsTaskDefinitionNoAddedCapabilities,
  ecsTaskDefinitionNoHostNetwork,
  ecsTaskDefinitionNoHostPid,
  ecsTaskDefinitionNoPrivileged,
  ecsTaskDefinitionNoSecretsInEnvironment,
  ecsTaskDefinitionNonRootUser,
  ecsTaskDefinitionReadOnlyRootFilesystem,
  ecsTaskSetNoPublicIp,
];

const SECURITY = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security.html';

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::ECS::Cluster',
    service: 'Amazon ECS',
    serviceModel: 'container',
    awsSide:
      'AWS runs the ECS control plane that schedules tasks and, on Fargate, the hosts; the customer owns the cluster settings, EC2 capacity (if any), images and task configuration.',
    source: SECURITY,
  },
  {
    type: 'AWS::ECS::Service',
    service: 'Amazon ECS',
    serviceModel: 'container',
    awsSide:
      "AWS keeps the desired count of tasks running and patches Fargate infrastructure; the customer owns the service's network placement, platform version and deployment settings.",
    source: SECURITY,
  },
  {
    type: 'AWS::ECS::TaskDefinition',
    service: 'Amazon ECS',
    serviceModel: 'container',
    awsSide:
      "AWS runs the container agent and runtime that start tasks as described; everything in the task definition (images, users, privileges, secrets, logging, network mode) is the customer's configuration.",
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html',
  },
  {
    type: 'AWS::ECS::TaskSet',
    service: 'Amazon ECS',
    serviceModel: 'container',
    awsSide:
      "AWS runs the tasks of a task set for an external deployment controller; the customer owns the task set's network placement and task configuration.",
    source: SECURITY,
  },
];
