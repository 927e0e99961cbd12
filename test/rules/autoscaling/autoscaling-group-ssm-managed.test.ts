import { CfnResource, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';
import { groupOf, rawGroup } from './fixtures';

dutyCases('autoscaling-group-ssm-managed', [
  {
    name: 'the L2 group sets ssmSessionPermissions (launch configuration)',
    build: (stack) => groupOf(stack, { ssmSessionPermissions: true }),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group sets ssmSessionPermissions under the launch-template feature flag',
    build: (stack) => groupOf(stack, { ssmSessionPermissions: true }, { launchTemplate: true }),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group keeps its defaults: a role without Systems Manager permissions',
    build: (stack) => groupOf(stack, {}, { launchTemplate: true }),
    path: 'Asg',
    expect: 'unconfigured',
  },
  {
    name: 'the group launches from a launch template without an instance profile',
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', { launchTemplateData: { imageId: 'ami-12345678' } });
      rawGroup(stack, {
        launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber },
        vpcZoneIdentifier: ['subnet-1', 'subnet-2'],
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: "the L2 group's role gets the managed policy afterwards",
    build: (stack) =>
      groupOf(stack, {}, { launchTemplate: true }).role.addManagedPolicy(
        iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore'),
      ),
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the app turns on Default Host Management Configuration',
    build: (stack) => {
      groupOf(stack);
      new CfnResource(stack, 'Dhmc', {
        type: 'AWS::SSM::DefaultHostManagementConfiguration',
        properties: { PermissionModel: 'SERVICE_MANAGED' },
      });
    },
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the launch template is imported',
    build: (stack) =>
      rawGroup(stack, {
        launchTemplate: { launchTemplateId: Fn.importValue('SharedLt'), version: '1' },
        vpcZoneIdentifier: ['subnet-1', 'subnet-2'],
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
