import { defineDuty } from '../../lib/model/duty';
import { PATCH_DOCUMENTS, patchEvidence, SSM_SOURCES } from '../../lib/model/evidence/ssm';
import { tagsOf } from '../../lib/model/evidence/tags';
import { stringList } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';
import { launchTemplateInstanceTags, launchTemplateOf } from './helpers';

export default defineDuty({
  id: 'ec2-instance-patched',
  title: 'EC2 instance is patched by Systems Manager Patch Manager',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    'AWS patches the hypervisor and the host; it never patches the guest operating system or the software on it. Patch Manager installs patches only when an association or maintenance window task runs AWS-RunPatchBaseline with Operation Install. This duty proxies Security Hub SSM.2 (patch compliance COMPLIANT after a patch installation), which AWS evaluates at run time.',
  customerSide:
    "Patching the guest OS is the customer's: schedule AWS-RunPatchBaseline with Operation Install against the instance, by instance id, by a tag it carries, or on all instances.",
  severity: 'warning',
  remediation: {
    l1: 'an AWS::SSM::Association with Name AWS-RunPatchBaseline, Parameters { Operation: ["Install"] } and Targets [{ Key: "tag:<key>", Values: ["<value>"] }] (or InstanceIds); or an AWS::SSM::MaintenanceWindowTask running it; or SsmAssociations on the instance',
  },
  controls: { fsbp: ['SSM.2'], nist: ['CM-8(3)', 'SI-2', 'SI-2(2)', 'SI-2(3)', 'SI-2(4)', 'SI-2(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ssmassociation.html',
    ...SSM_SOURCES,
  ],
  messages: {
    none: 'No SSM association or maintenance window task in the app runs a patch baseline document (AWS-RunPatchBaseline) against the instance, by its id, its tags or all instances.',
    scanOnly:
      '{by} runs the patch baseline against the instance with Operation Scan only, which reports missing patches but installs none.',
  },
  evaluate(ctx) {
    // Targets by instance id or by the instance's own tags first; the launch template's instance tags only if needed.
    let evidence = patchEvidence(ctx, { instance: ctx.resource, tags: tagsOf(ctx.props) });
    if (evidence.kind === 'install') return configured(`${evidence.by} installs patches from the patch baseline`);
    const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
    if (lt) {
      const tags = launchTemplateInstanceTags(ctx, lt);
      for (const [k, v] of tagsOf(ctx.props)) tags.set(k, v);
      const withTemplate = patchEvidence(ctx, { instance: ctx.resource, tags });
      if (withTemplate.kind === 'install') return configured(`${withTemplate.by} installs patches from the patch baseline`);
      if (withTemplate.kind === 'scan-only') evidence = withTemplate;
    }
    // The instance's own SsmAssociations property.
    let scan: string | undefined = evidence.kind === 'scan-only' ? evidence.by : undefined;
    for (const [i, assoc] of (ctx.props.at('SsmAssociations').list() ?? []).entries()) {
      const doc = assoc.at('DocumentName').str() ?? '';
      if (!PATCH_DOCUMENTS.some((d) => doc === d || doc.endsWith(`/${d}`))) continue;
      const operation = (assoc.at('AssociationParameters').list() ?? []).find((p) => p.at('Key').str() === 'Operation');
      const values = operation ? (stringList(operation.at('Value')) ?? []) : [];
      if (values.some((v) => v.toLowerCase() === 'install')) return configured(`SsmAssociations[${i}] runs ${doc} with Operation Install`);
      scan ??= `SsmAssociations[${i}]`;
    }
    if (scan !== undefined) return unconfigured('scanOnly', { by: scan });
    return unconfigured('none');
  },
});
