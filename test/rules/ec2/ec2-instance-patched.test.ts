import { CfnParameter, Fn, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { dutyCases } from '../../harness';
import { instanceOf, rawInstance } from './fixtures';

function patchByTag(stack: import('aws-cdk-lib').Stack, operation: string, value = 'true'): void {
  new ssm.CfnAssociation(stack, 'Patch', {
    name: 'AWS-RunPatchBaseline',
    parameters: { Operation: [operation] },
    targets: [{ key: 'tag:Patch', values: [value] }],
    scheduleExpression: 'rate(7 days)',
  });
}

dutyCases('ec2-instance-patched', [
  {
    name: 'the L2 instance carries a tag an Install association targets',
    build: (stack) => {
      Tags.of(instanceOf(stack)).add('Patch', 'true');
      patchByTag(stack, 'Install');
    },
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'the L2 instance keeps its defaults and nothing patches it',
    build: (stack) => instanceOf(stack),
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'the association that targets the instance only scans',
    build: (stack) => {
      Tags.of(instanceOf(stack)).add('Patch', 'true');
      patchByTag(stack, 'Scan');
    },
    path: 'Instance',
    expect: 'unconfigured',
  },
  {
    name: 'an Install association targets all instances',
    build: (stack) => {
      instanceOf(stack);
      new ssm.CfnAssociation(stack, 'Patch', {
        name: 'AWS-RunPatchBaseline',
        parameters: { Operation: ['Install'] },
        targets: [{ key: 'InstanceIds', values: ['*'] }],
      });
    },
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: "the L1 instance's own SsmAssociations run the patch baseline with Install",
    build: (stack) =>
      rawInstance(stack, {
        ssmAssociations: [{ documentName: 'AWS-RunPatchBaseline', associationParameters: [{ key: 'Operation', value: ['Install'] }] }],
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the launch template tags the instance with the tag the Install association targets',
    build: (stack) => {
      const lt = new ec2.CfnLaunchTemplate(stack, 'Lt', {
        launchTemplateData: { tagSpecifications: [{ resourceType: 'instance', tags: [{ key: 'Patch', value: 'true' }] }] },
      });
      rawInstance(stack, { launchTemplate: { launchTemplateId: lt.ref, version: lt.attrLatestVersionNumber } });
      patchByTag(stack, 'Install');
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the tag the association targets has a parameter value on the instance',
    build: (stack) => {
      rawInstance(stack, { tags: [{ key: 'Patch', value: new CfnParameter(stack, 'PatchGroup').valueAsString }] });
      patchByTag(stack, 'Install');
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'an Install association targets the instance by id, whatever its imported launch template tags',
    build: (stack) => {
      const raw = rawInstance(stack, { launchTemplate: { launchTemplateId: Fn.importValue('SharedLaunchTemplate'), version: '1' } });
      new ssm.CfnAssociation(stack, 'Patch', {
        name: 'AWS-RunPatchBaseline',
        parameters: { Operation: ['Install'] },
        targets: [{ key: 'InstanceIds', values: [raw.ref] }],
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an Install association runs a patch document defined in the same template',
    build: (stack) => {
      Tags.of(instanceOf(stack)).add('Patch', 'true');
      const doc = new ssm.CfnDocument(stack, 'Doc', {
        documentType: 'Command',
        content: {
          schemaVersion: '2.2',
          parameters: { Operation: { type: 'String' } },
          mainSteps: [
            { action: 'aws:runDocument', name: 'patch', inputs: { documentType: 'SSMDocument', documentPath: 'AWS-RunPatchBaseline' } },
          ],
        },
      });
      new ssm.CfnAssociation(stack, 'Patch', {
        name: doc.ref,
        parameters: { Operation: ['Install'] },
        targets: [{ key: 'tag:Patch', values: ['true'] }],
      });
    },
    path: 'Instance',
    expect: 'configured',
  },
  {
    name: 'fails when the only association runs a document of the template that does not patch',
    build: (stack) => {
      Tags.of(instanceOf(stack)).add('Patch', 'true');
      const doc = new ssm.CfnDocument(stack, 'Doc', {
        documentType: 'Command',
        content: {
          schemaVersion: '2.2',
          mainSteps: [{ action: 'aws:runShellScript', name: 'hello', inputs: { runCommand: ['echo hi'] } }],
        },
      });
      new ssm.CfnAssociation(stack, 'Other', { name: doc.ref, targets: [{ key: 'tag:Patch', values: ['true'] }] });
    },
    path: 'Instance',
    expect: 'unconfigured',
  },
]);
