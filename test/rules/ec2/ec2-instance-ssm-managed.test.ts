import { CfnParameter, CfnResource } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';
import { instanceOf, rawInstance } from './fixtures';

dutyCases('ec2-instance-ssm-managed', [
  {
    name: 'the L2 instance sets ssmSessionPermissions (AmazonSSMManagedInstanceCore on its role)',
    build: (stack) => instanceOf(stack, { ssmSessionPermissions: true }),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance keeps its defaults: a role without Systems Manager permissions',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: "the L2 instance's role gets the managed policy afterwards",
    build: (stack) => instanceOf(stack).role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: "the L2 instance's role gets an inline grant of ssm:UpdateInstanceInformation",
    build: (stack) =>
      instanceOf(stack).addToRolePolicy(
        new iam.PolicyStatement({ actions: ['ssm:UpdateInstanceInformation', 'ssmmessages:*', 'ec2messages:*'], resources: ['*'] }),
      ),
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'an L1 instance has no instance profile',
    build: (stack) => rawInstance(stack),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the app turns on Default Host Management Configuration',
    build: (stack) => {
      rawInstance(stack);
      new CfnResource(stack, 'Dhmc', {
        type: 'AWS::SSM::DefaultHostManagementConfiguration',
        properties: { PermissionModel: 'SERVICE_MANAGED' },
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the instance launches from a launch template whose profile grants the core policy',
    build: (stack) => {
      const role = new iam.Role(stack, 'Role', {
        assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
        managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
      });
      const lt = new ec2.LaunchTemplate(stack, 'Lt', { role });
      rawInstance(stack, { launchTemplate: { launchTemplateId: lt.launchTemplateId, version: lt.latestVersionNumber } });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the instance profile is a parameter',
    build: (stack) => rawInstance(stack, { iamInstanceProfile: new CfnParameter(stack, 'Profile').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
