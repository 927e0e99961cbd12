import { CfnParameter, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { dutyCases } from '../../harness';
import { groupOf, rawGroup } from './fixtures';

function patchByTag(stack: import('aws-cdk-lib').Stack, operation: string): void {
  new ssm.CfnAssociation(stack, 'Patch', {
    name: 'AWS-RunPatchBaseline',
    parameters: { Operation: [operation] },
    targets: [{ key: 'tag:Patch', values: ['true'] }],
    scheduleExpression: 'rate(7 days)',
  });
}

dutyCases('autoscaling-group-patched', [
  {
    name: 'the L2 group propagates a tag an Install association targets',
    build: (stack) => {
      Tags.of(groupOf(stack)).add('Patch', 'true');
      patchByTag(stack, 'Install');
    },
    path: 'Asg',
    expect: 'configured',
  },
  {
    name: 'the L2 group keeps its defaults and nothing patches its instances',
    build: (stack) => groupOf(stack),
    path: 'Asg',
    expect: 'unconfigured',
  },
  {
    name: "the association that targets the group's tag only scans",
    build: (stack) => {
      Tags.of(groupOf(stack)).add('Patch', 'true');
      patchByTag(stack, 'Scan');
    },
    path: 'Asg',
    expect: 'unconfigured',
  },
  {
    name: "the group's tag is not propagated at launch",
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', { launchTemplateData: { imageId: 'ami-12345678' } });
      rawGroup(stack, {
        launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber },
        tags: [{ key: 'Patch', value: 'true', propagateAtLaunch: false }],
      });
      patchByTag(stack, 'Install');
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the launch template tags the instances with the targeted tag',
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', {
        launchTemplateData: {
          imageId: 'ami-12345678',
          tagSpecifications: [{ resourceType: 'instance', tags: [{ key: 'Patch', value: 'true' }] }],
        },
      });
      rawGroup(stack, { launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber } });
      patchByTag(stack, 'Install');
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the propagated tag has a parameter value',
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', { launchTemplateData: { imageId: 'ami-12345678' } });
      rawGroup(stack, {
        launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber },
        tags: [{ key: 'Patch', value: new CfnParameter(stack, 'PatchGroup').valueAsString, propagateAtLaunch: true }],
      });
      patchByTag(stack, 'Install');
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
