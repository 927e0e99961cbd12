import type { EvaluationContext } from '../context';
import { effect, statements, stringList } from '../policy';
import type { ResourceRecord } from '../resource';
import { referencedLogicalId, type ResourceIndex } from '../resource-index';
import { UnresolvedValue, Value } from '../value';
import { Candidates, type Names } from './candidates';

/**
 * Evidence that Systems Manager manages and patches instances: the customer's side of the guest
 * operating system on infrastructure services.
 */

/** The managed policy AWS provides for the SSM Agent's core permissions. */
export const SSM_CORE_POLICY = 'AmazonSSMManagedInstanceCore';

/** SSM Command documents that patch from a patch baseline (Patch Manager). */
export const PATCH_DOCUMENTS = ['AWS-RunPatchBaseline', 'AWS-RunPatchBaselineWithHooks', 'AWS-RunPatchBaselineAssociation'];

export const SSM_SOURCES = [
  'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-instance-permissions.html',
  'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-aws-runpatchbaseline.html',
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-association.html',
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-maintenancewindowtask.html',
];

export type SsmPermissions =
  | { readonly kind: 'granted'; readonly role: string }
  | { readonly kind: 'no-profile' }
  | { readonly kind: 'not-granted'; readonly roles: readonly string[] };

/**
 * Whether the instance profile named by `profile` (a Ref/GetAtt to an AWS::IAM::InstanceProfile, or
 * its name or ARN) has a role that grants the SSM Agent's core permissions. A profile not defined
 * in the app cannot be inspected: unknown.
 */
export function instanceProfileSsm(ctx: EvaluationContext, profile: Value): SsmPermissions {
  if (profile.raw === undefined || profile.raw === null || profile.raw === '') return { kind: 'no-profile' };
  const record = findProfile(ctx, profile);
  const roles = (ctx.propsOf(record).at('Roles').list() ?? []).map((r) => roleRecord(ctx, r));
  return rolesSsm(ctx, roles);
}

/** Whether any of the roles grants the SSM core permissions. */
export function rolesSsm(ctx: EvaluationContext, roles: readonly ResourceRecord[]): SsmPermissions {
  for (const role of roles) {
    if (roleGrantsSsmCore(ctx, role)) return { kind: 'granted', role: role.logicalId };
  }
  return { kind: 'not-granted', roles: roles.map((r) => r.logicalId) };
}

/** The AWS::IAM::Role a Ref/GetAtt names; a role outside the app is unknown. */
export function roleRecord(ctx: EvaluationContext, value: Value): ResourceRecord {
  const role = ctx.target(value);
  if (role && role.type === 'AWS::IAM::Role') return role;
  throw new UnresolvedValue(value.path, `the role ${describe(value)}, which is not defined in this app`);
}

function findProfile(ctx: EvaluationContext, profile: Value): ResourceRecord {
  const target = ctx.target(profile);
  if (target && target.type === 'AWS::IAM::InstanceProfile') return target;
  // A literal name or ARN may still name a profile of this app by its InstanceProfileName.
  if (typeof profile.raw === 'string') {
    const name = profile.raw.split('/').pop();
    const byName = ctx.index
      .ofType('AWS::IAM::InstanceProfile')
      .find((p) => p.stackPath === ctx.resource.stackPath && ctx.propsOf(p).at('InstanceProfileName').raw === name);
    if (byName) return byName;
  }
  throw new UnresolvedValue(profile.path, `the instance profile ${describe(profile)}, which is not defined in this app`);
}

function describe(value: Value): string {
  return typeof value.raw === 'string' ? `'${value.raw}'` : JSON.stringify(value.raw);
}

/**
 * A role grants the core when it has the AmazonSSMManagedInstanceCore managed policy, or any
 * policy of its own (inline, AWS::IAM::Policy, or a customer managed policy) allows
 * `ssm:UpdateInstanceInformation`, the call the agent registers with.
 */
export function roleGrantsSsmCore(ctx: EvaluationContext, role: ResourceRecord): boolean {
  const props = ctx.propsOf(role);
  for (const arn of props.at('ManagedPolicyArns').list() ?? []) {
    if (flatten(arn.raw).includes(`:policy/${SSM_CORE_POLICY}`)) return true;
    const managed = ctx.target(arn);
    if (managed && managed.type === 'AWS::IAM::ManagedPolicy' && documentAllowsCore(ctx.propsOf(managed).at('PolicyDocument'))) return true;
  }
  for (const inline of props.at('Policies').list() ?? []) {
    if (documentAllowsCore(inline.at('PolicyDocument'))) return true;
  }
  // By type: the referrers of every type would read every resource of the app.
  for (const policy of [...ctx.index.referrers(role, 'AWS::IAM::Policy'), ...ctx.index.referrers(role, 'AWS::IAM::ManagedPolicy')]) {
    const attached = ctx.propsOf(policy).at('Roles').list() ?? [];
    if (!attached.some((r) => referencedLogicalId(r.raw) === role.logicalId)) continue;
    if (documentAllowsCore(ctx.propsOf(policy).at('PolicyDocument'))) return true;
  }
  return false;
}

function documentAllowsCore(document: Value): boolean {
  return statements(document).some((s) => {
    if (effect(s) !== 'Allow') return false;
    const actions = stringList(s.at('Action')) ?? [];
    return actions.some((a) => ['*', 'ssm:*', 'ssm:updateinstanceinformation'].includes(a.toLowerCase()));
  });
}

/**
 * The text of an ARN-like value with pseudo parameters left as placeholders, e.g. CDK's
 * `Fn::Join ['', ['arn:', {Ref: AWS::Partition}, ':iam::aws:policy/Name']]`. Other tokens yield ''.
 */
export function flatten(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return '';
  const obj = raw as Record<string, unknown>;
  if (typeof obj.Ref === 'string' && obj.Ref.startsWith('AWS::')) return `{${obj.Ref}}`;
  const join = obj['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return join[1].map(flatten).join(join[0]);
  }
  return '';
}

/** What the patching evidence for an instance (or the instances of a group) shows. */
export type PatchEvidence =
  { readonly kind: 'install'; readonly by: string } | { readonly kind: 'scan-only'; readonly by: string } | { readonly kind: 'none' };

export interface PatchTarget {
  /** The instance itself, when the resource is one (targets by instance id). */
  readonly instance?: ResourceRecord;
  /** The tags the instances carry (instance tags, or tags an Auto Scaling group or launch template propagates). */
  readonly tags: ReadonlyMap<string, string | undefined>;
}

/**
 * An SSM association or maintenance window task in the app that runs a patch document against the
 * target, by instance id, by tag, or on all instances (`InstanceIds: ['*']`). `Operation: Install`
 * patches; `Scan` only reports missing patches.
 */
export function patchEvidence(ctx: EvaluationContext, target: PatchTarget): PatchEvidence {
  let best: PatchEvidence = { kind: 'none' };
  const { associations, tasks } = ctx.index.derive(PATCHING, patchCandidates);
  // Only what names the instance, one of its tags, or every instance can patch it.
  const on = target.instance ?? ctx.resource;
  for (const assoc of associations.of(on, target.tags)) {
    const p = ctx.propsOf(assoc);
    if (!isPatchDocumentOf(ctx.index, assoc, p.at('Name'))) continue;
    const aimed =
      targetsMatch(ctx, assoc, p.at('Targets'), target) ||
      (target.instance !== undefined && sameResource(ctx, assoc, p.at('InstanceId'), target.instance));
    if (!aimed) continue;
    best = better(best, operation(p.at('Parameters').at('Operation')), assoc.logicalId);
    // One association that installs patches settles it, whatever the others say or leave unknown.
    if (best.kind === 'install') return best;
  }
  for (const task of tasks.of(on, target.tags)) {
    const p = ctx.propsOf(task);
    if (!isPatchDocumentOf(ctx.index, task, p.at('TaskArn'))) continue;
    if (!windowTaskTargets(ctx, task, p.at('Targets'), target)) continue;
    const params = p.at('TaskInvocationParameters').at('MaintenanceWindowRunCommandParameters').at('Parameters');
    best = better(best, operation(params.at('Operation')), task.logicalId);
    if (best.kind === 'install') return best;
  }
  return best;
}

const PATCHING = {};

/** The app's patch associations and maintenance window tasks by what they target, read once per run. */
function patchCandidates(index: ResourceIndex): { associations: Candidates; tasks: Candidates } {
  return {
    associations: new Candidates(index.ofType('AWS::SSM::Association'), (assoc, names) => {
      const p = new Value(assoc.properties, assoc.logicalId);
      if (!isPatchDocumentOf(index, assoc, p.at('Name'))) return;
      classifyTargets(assoc, p.at('Targets'), names);
      const id = referencedLogicalId(p.at('InstanceId').raw);
      if (id !== undefined) names.resource(assoc.stackPath, id);
    }),
    tasks: new Candidates(index.ofType('AWS::SSM::MaintenanceWindowTask'), (task, names) => {
      const p = new Value(task.properties, task.logicalId);
      if (!isPatchDocumentOf(index, task, p.at('TaskArn'))) return;
      for (const t of p.at('Targets').list() ?? []) {
        if (t.at('Key').str() !== 'WindowTargetIds') continue;
        for (const v of t.at('Values').list() ?? []) {
          const windowTarget = index.resolveReference(task, v.raw);
          if (windowTarget?.type === 'AWS::SSM::MaintenanceWindowTarget')
            classifyTargets(windowTarget, new Value(windowTarget.properties, windowTarget.logicalId).at('Targets'), names);
        }
      }
      classifyTargets(task, p.at('Targets'), names);
    }),
  };
}

/** What `targetsMatch` can ever accept, read as it reads it. */
function classifyTargets(from: ResourceRecord, targets: Value, names: Names): void {
  for (const t of targets.list() ?? []) {
    const key = t.at('Key').str() ?? '';
    const values = t.at('Values').list() ?? [];
    if (key === 'InstanceIds') {
      if (values.some((v) => v.raw === '*')) return names.everything();
      for (const v of values) {
        const id = referencedLogicalId(v.raw);
        if (id !== undefined) names.resource(from.stackPath, id);
      }
    } else if (key.startsWith('tag:')) {
      // Values the match cannot read make it fail for every instance with the tag: key only, then.
      const wanted = values.map((v) => (v.isToken ? undefined : v.str()));
      if (wanted.some((w) => w === undefined)) names.tag(key.slice(4));
      else for (const w of wanted) names.tag(key.slice(4), w);
    } else if (key === 'tag-key') {
      for (const v of values) names.tag(v.str() ?? '');
    }
  }
}

function better(current: PatchEvidence, op: 'install' | 'scan-only', by: string): PatchEvidence {
  if (current.kind === 'install') return current;
  if (op === 'install') return { kind: 'install', by };
  return current.kind === 'none' ? { kind: 'scan-only', by } : current;
}

/**
 * Whether the document an association or task runs patches from a patch baseline: one of AWS's patch
 * documents by name, or a document of the template whose content runs one (the aws:runPatchBaseline
 * plugin, or a step that runs AWS-RunPatchBaseline): the template decides it, so it is not unknown.
 */
function isPatchDocumentOf(index: ResourceIndex, from: ResourceRecord, name: Value): boolean {
  const doc = name.intrinsic ? index.resolveReference(from, name.intrinsic) : undefined;
  if (doc?.type === 'AWS::SSM::Document') {
    const content = JSON.stringify(doc.properties.Content ?? '');
    return /aws:runPatchBaseline/.test(content) || PATCH_DOCUMENTS.some((d) => content.includes(d));
  }
  return isPatchDocument(name);
}

function isPatchDocument(name: Value): boolean {
  if (name.raw === undefined) return false;
  const text = name.str() ?? '';
  return PATCH_DOCUMENTS.some((d) => text === d || text.endsWith(`/${d}`));
}

function operation(op: Value): 'install' | 'scan-only' {
  const values = stringList(op) ?? [];
  return values.some((v) => v.toLowerCase() === 'install') ? 'install' : 'scan-only';
}

function sameResource(ctx: EvaluationContext, from: ResourceRecord, value: Value, instance: ResourceRecord): boolean {
  if (value.raw === undefined) return false;
  return (
    from.stackPath === instance.stackPath &&
    referencedLogicalId(value.raw) === instance.logicalId &&
    ctx.index.get(from, instance.logicalId) === instance
  );
}

/** Targets `[{Key, Values}]` of an association or window target: `InstanceIds`, `tag:<key>`, `tag-key`. */
function targetsMatch(ctx: EvaluationContext, from: ResourceRecord, targets: Value, target: PatchTarget): boolean {
  for (const t of targets.list() ?? []) {
    const key = t.at('Key').str() ?? '';
    const values = t.at('Values').list() ?? [];
    if (key === 'InstanceIds') {
      if (values.some((v) => v.raw === '*')) return true;
      if (target.instance && values.some((v) => sameResource(ctx, from, v, target.instance!))) return true;
    } else if (key.startsWith('tag:')) {
      const tagKey = key.slice(4);
      if (!target.tags.has(tagKey)) continue;
      const actual = target.tags.get(tagKey);
      const wanted = values.map((v) => v.str());
      if (actual === undefined) throw new UnresolvedValue(t.path, `a target on tag '${tagKey}', whose value here is a token`);
      if (wanted.includes(actual)) return true;
    } else if (key === 'tag-key') {
      if (values.some((v) => target.tags.has(v.str() ?? ''))) return true;
    }
  }
  return false;
}

function windowTaskTargets(ctx: EvaluationContext, task: ResourceRecord, targets: Value, target: PatchTarget): boolean {
  for (const t of targets.list() ?? []) {
    if (t.at('Key').str() !== 'WindowTargetIds') continue;
    for (const v of t.at('Values').list() ?? []) {
      const windowTarget = ctx.target(v);
      if (
        windowTarget?.type === 'AWS::SSM::MaintenanceWindowTarget' &&
        targetsMatch(ctx, windowTarget, ctx.propsOf(windowTarget).at('Targets'), target)
      ) {
        return true;
      }
    }
  }
  return targetsMatch(ctx, task, targets, target);
}
