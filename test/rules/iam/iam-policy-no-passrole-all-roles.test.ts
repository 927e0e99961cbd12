import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { dutyCases } from '../../harness';

const lambdaRole = (stack: Stack, id = 'Role') => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

dutyCases('iam-policy-no-passrole-all-roles', [
  {
    name: 'grantPassRole lets a role pass one role of the stack',
    build: (stack) => lambdaRole(stack, 'Passed').grantPassRole(lambdaRole(stack)),
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: "CDK's own PassRole grants name their roles (ECS TaskDefinition.grantRun, a CodePipeline CloudFormation deploy action)",
    build: (stack) => {
      const role = lambdaRole(stack);
      new ecs.FargateTaskDefinition(stack, 'Task').grantRun(role);
      const source = new codepipeline.Artifact();
      new codepipeline.Pipeline(stack, 'Pipeline', {
        role,
        stages: [
          {
            stageName: 'Source',
            actions: [
              new actions.S3SourceAction({ actionName: 'Src', bucket: new s3.Bucket(stack, 'Src'), bucketKey: 'k', output: source, role }),
            ],
          },
          {
            stageName: 'Deploy',
            actions: [
              new actions.CloudFormationCreateUpdateStackAction({
                actionName: 'Deploy',
                stackName: 'app',
                templatePath: source.atPath('t.json'),
                adminPermissions: false,
                role,
                deploymentRole: lambdaRole(stack, 'Deployer'),
              }),
            ],
          },
        ],
      });
    },
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: "Step Functions tasks pass the roles they name (EcsRunTask's task roles, Lambda invoke)",
    build: (stack) => {
      const cluster = new ecs.Cluster(stack, 'Cluster');
      const task = new ecs.FargateTaskDefinition(stack, 'Task');
      task.addContainer('App', { image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:latest') });
      const run = new tasks.EcsRunTask(stack, 'Run', {
        cluster,
        taskDefinition: task,
        launchTarget: new tasks.EcsFargateLaunchTarget(),
        integrationPattern: sfn.IntegrationPattern.RUN_JOB,
      });
      new sfn.StateMachine(stack, 'Machine', { definitionBody: sfn.DefinitionBody.fromChainable(run) });
    },
    path: 'Machine/Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: "aws-codepipeline-actions' EcsDeployAction lets its role pass any role to ECS tasks and EC2",
    build: (stack) => {
      const role = lambdaRole(stack);
      const source = new codepipeline.Artifact();
      const cluster = new ecs.Cluster(stack, 'Cluster');
      const task = new ecs.FargateTaskDefinition(stack, 'Task');
      task.addContainer('App', { image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:latest') });
      const service = new ecs.FargateService(stack, 'Service', { cluster, taskDefinition: task });
      new codepipeline.Pipeline(stack, 'Pipeline', {
        role,
        stages: [
          {
            stageName: 'Source',
            actions: [
              new actions.S3SourceAction({ actionName: 'Src', bucket: new s3.Bucket(stack, 'Src'), bucketKey: 'k', output: source, role }),
            ],
          },
          { stageName: 'Deploy', actions: [new actions.EcsDeployAction({ actionName: 'Deploy', service, input: source, role })] },
        ],
      });
    },
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'the managed policy allows iam:PassRole on "*"',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', { statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] })] }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the inline policy allows "iam:Pass*" on "*"',
    build: (stack) => lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['iam:Pass*'], resources: ['*'] })),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'the managed policy allows iam:PassRole on every role of the account (role/*) to Lambda',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [
          new iam.PolicyStatement({
            actions: ['iam:PassRole'],
            resources: [stack.formatArn({ service: 'iam', region: '', resource: 'role', resourceName: '*' })],
            conditions: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
          }),
        ],
      }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'iam:PassRole on "*" confined to a service that runs no code (VPC Flow Logs delivery)',
    build: (stack) =>
      lambdaRole(stack).addToPolicy(
        new iam.PolicyStatement({
          actions: ['iam:PassRole'],
          resources: ['*'],
          conditions: { StringEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' } },
        }),
      ),
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'iam:PassRole on "*" with a negated iam:PassedToService condition reaches every other service',
    build: (stack) =>
      lambdaRole(stack).addToPolicy(
        new iam.PolicyStatement({
          actions: ['iam:PassRole'],
          resources: ['*'],
          conditions: { StringNotEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' } },
        }),
      ),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'iam:PassRole on "*" to a service pattern that includes a code-running one (*.amazonaws.com)',
    build: (stack) =>
      lambdaRole(stack).addToPolicy(
        new iam.PolicyStatement({
          actions: ['iam:PassRole'],
          resources: ['*'],
          conditions: { StringLike: { 'iam:PassedToService': '*.amazonaws.com' } },
        }),
      ),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'iam:PassRole on roles under one path (role/app/*) is not every role',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['arn:aws:iam::111111111111:role/app/*'] })],
      }),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the iam:PassedToService condition value is a parameter',
    build: (stack) =>
      lambdaRole(stack).addToPolicy(
        new iam.PolicyStatement({
          actions: ['iam:PassRole'],
          resources: ['*'],
          conditions: { StringEquals: { 'iam:PassedToService': new CfnParameter(stack, 'Service').valueAsString } },
        }),
      ),
    path: 'Role/DefaultPolicy',
    expect: 'unknown',
  },
  {
    name: 'an escape-hatch override scopes iam:PassRole to one role ARN',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] })],
      });
      (policy.node.defaultChild as iam.CfnManagedPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Resource',
        'arn:aws:iam::111111111111:role/app-task',
      );
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the role ARN of the iam:PassRole statement is a parameter',
    build: (stack) => {
      const arn = new CfnParameter(stack, 'RoleArn');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [arn.valueAsString] })],
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
