import { defineDuty } from '../../lib/model/duty';
import { patchEvidence, SSM_SOURCES } from '../../lib/model/evidence/ssm';
import { configured, unconfigured } from '../../lib/model/verdict';
import { launchTemplateInstanceTags } from '../ec2/helpers';
import { launchSource, propagatedTags } from './helpers';

export default defineDuty({
  id: 'autoscaling-group-patched',
  title: "Auto Scaling group's instances are patched by Systems Manager Patch Manager",
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  awsSide:
    'AWS patches the hypervisor and the host, never the guest operating system of the instances a group launches. Patch Manager installs patches only when an association or maintenance window task runs AWS-RunPatchBaseline with Operation Install against them. This duty proxies Security Hub SSM.2 (patch compliance COMPLIANT after a patch installation), which AWS evaluates at run time on each instance.',
  customerSide:
    "Patching the fleet's guest OS is the customer's: target AWS-RunPatchBaseline with Operation Install at a tag the group propagates to its instances (or at all instances), or replace instances regularly from a patched AMI.",
  severity: 'warning',
  remediation: {
    l2: "Tags.of(asg).add('Patch', 'true') (Auto Scaling propagates it at launch) and an ssm.CfnAssociation { name: 'AWS-RunPatchBaseline', parameters: { Operation: ['Install'] }, targets: [{ key: 'tag:Patch', values: ['true'] }] }",
    l1: "an AWS::SSM::Association (or AWS::SSM::MaintenanceWindowTask) running AWS-RunPatchBaseline with Operation Install whose Targets match a tag with PropagateAtLaunch: true on the group or in the launch template's instance TagSpecifications",
  },
  controls: { fsbp: ['SSM.2'], nist: ['CM-8(3)', 'SI-2', 'SI-2(2)', 'SI-2(3)', 'SI-2(4)', 'SI-2(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-autoscalinggroup-tagproperty.html',
    ...SSM_SOURCES,
  ],
  messages: {
    none: "No SSM association or maintenance window task in the app runs a patch baseline document (AWS-RunPatchBaseline) against the group's instances, by a tag they carry at launch or on all instances.",
    scanOnly:
      "{by} runs the patch baseline against the group's instances with Operation Scan only, which reports missing patches but installs none.",
  },
  evaluate(ctx) {
    // Tags the instances carry at launch: the launch template's instance tags, then the group's propagated tags.
    const source = launchSource(ctx);
    const tags = new Map<string, string | undefined>();
    if (source.kind === 'launch-template')
      for (const lt of source.templates) for (const [k, v] of launchTemplateInstanceTags(ctx, lt)) tags.set(k, v);
    for (const [k, v] of propagatedTags(ctx)) tags.set(k, v);
    const evidence = patchEvidence(ctx, { tags });
    if (evidence.kind === 'install') return configured(`${evidence.by} installs patches from the patch baseline`);
    if (evidence.kind === 'scan-only') return unconfigured('scanOnly', { by: evidence.by });
    return unconfigured('none');
  },
});
