import type { EvaluationContext } from '../context';
import type { ResourceIndex } from '../resource-index';
import type { ResourceRecord } from '../resource';
import { UnresolvedValue, Value } from '../value';
import { Candidates, type Names, referencedIds } from './candidates';
import { tagsOf } from './tags';

export type BackupCoverage = { readonly kind: 'covered'; readonly by: string } | { readonly kind: 'not-covered' };

/**
 * Whether an AWS Backup selection in the app assigns this resource to a backup plan: by ARN
 * (a Ref/GetAtt to it, or a wildcard ARN of its service), or by tag (`ListOfTags` or
 * `Conditions.StringEquals` on `aws:ResourceTag/...`), minus `NotResources`.
 * https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-backup-backupselection-backupselectionresourcetype.html
 *
 * `tags` are the resource's tags; by default read from its `Tags` property.
 */
export function backupCoverage(ctx: EvaluationContext, tags?: ReadonlyMap<string, string | undefined>): BackupCoverage {
  if (ctx.index.ofType(SELECTION).length === 0) return { kind: 'not-covered' };
  const ownTags = tags ?? tagsOf(ctx.props);
  const service = serviceOf(ctx.resource.type);
  // Only the selections that name this resource, its service or one of its tags can assign it.
  for (const selection of ctx.index.derive(SELECTIONS, selectionCandidates).of(ctx.resource, ownTags, service)) {
    const spec = ctx.propsOf(selection).at('BackupSelection');
    if (excluded(ctx, selection, spec.at('NotResources'))) continue;
    const byArn = (spec.at('Resources').list() ?? []).some((arn) => arnMatches(ctx, selection, arn, service));
    const byTag = (spec.at('ListOfTags').list() ?? []).some((t) => {
      if ((t.at('ConditionType').str() ?? 'STRINGEQUALS').toUpperCase() !== 'STRINGEQUALS') return false;
      return tagEquals(ownTags, t.at('ConditionKey').str(), t.at('ConditionValue').str(), t.path);
    });
    if (!byArn && !byTag) continue;
    if (conditionsHold(ownTags, spec.at('Conditions'))) {
      return { kind: 'covered', by: `${selection.logicalId} (${byArn ? 'by ARN' : 'by tag'})` };
    }
  }
  return { kind: 'not-covered' };
}

const SELECTION = 'AWS::Backup::BackupSelection';
const SELECTIONS = {};

/** The app's backup selections by what they can assign, read once per run. */
function selectionCandidates(index: ResourceIndex): Candidates {
  return new Candidates(index.ofType(SELECTION), classifySelection);
}

/** What `arnMatches` and the tag match below can ever accept; reads that fail make the selection apply to everything. */
function classifySelection(selection: ResourceRecord, names: Names): void {
  const spec = new Value(selection.properties, selection.logicalId).at('BackupSelection');
  // The check reads NotResources for every resource it meets: one that cannot be read applies to all.
  spec.at('NotResources').list();
  for (const arn of spec.at('Resources').list() ?? []) {
    if (typeof arn.raw !== 'string') {
      names.referencedIn(selection.stackPath, arn.raw);
      continue;
    }
    if (arn.raw === '*') return names.everything();
    const parts = arn.raw.split(':');
    if (parts.length < 6 || !/\*$/.test(parts.slice(5).join(':'))) continue;
    if (parts[2] === '*') return names.everything();
    names.service(parts[2]);
  }
  for (const t of spec.at('ListOfTags').list() ?? []) {
    if ((t.at('ConditionType').str() ?? 'STRINGEQUALS').toUpperCase() !== 'STRINGEQUALS') continue;
    const key = t.at('ConditionKey').str();
    // Read as the match reads it: a value that cannot be read leaves the selection to the slow path.
    const value = t.at('ConditionValue').str();
    if (key === undefined) continue;
    // A missing value matches no tag value (tagEquals compares it with ===): no resource to name.
    if (value !== undefined) names.tag(key.replace(/^aws:ResourceTag\//, ''), value);
  }
}

function serviceOf(type: string): string {
  // AWS::DynamoDB::Table -> dynamodb; the ARN service segment of the resource types AWS Backup supports.
  const svc = type.split('::')[1]?.toLowerCase() ?? '';
  return svc === 'efs' ? 'elasticfilesystem' : svc;
}

// The same walk the candidate index names selections by, so the index never misses what this accepts.
function refersTo(raw: unknown, target: ResourceRecord, from: ResourceRecord): boolean {
  return from.stackPath === target.stackPath && referencedIds(raw).includes(target.logicalId);
}

function arnMatches(ctx: EvaluationContext, selection: ResourceRecord, arn: Value, service: string): boolean {
  if (refersTo(arn.raw, ctx.resource, selection)) return true;
  if (typeof arn.raw !== 'string') return false; // a reference to something else
  const text = arn.raw;
  if (text === '*') return true;
  const parts = text.split(':');
  // arn:partition:service:region:account:resource, where the resource part may be a wildcard
  return parts.length >= 6 && (parts[2] === service || parts[2] === '*') && /\*$/.test(parts.slice(5).join(':'));
}

function excluded(ctx: EvaluationContext, selection: ResourceRecord, notResources: Value): boolean {
  return (notResources.list() ?? []).some((arn) => refersTo(arn.raw, ctx.resource, selection));
}

function tagEquals(
  tags: ReadonlyMap<string, string | undefined>,
  key: string | undefined,
  value: string | undefined,
  path: string,
): boolean {
  if (key === undefined) return false;
  const name = key.replace(/^aws:ResourceTag\//, '');
  if (!tags.has(name)) return false;
  const actual = tags.get(name);
  if (actual === undefined) throw new UnresolvedValue(path, `a match on tag '${name}', whose value on this resource is a token`);
  return actual === value;
}

/** `Conditions` narrow the selection (all must hold). Only StringEquals/StringNotEquals are decided; others are unknown. */
function conditionsHold(tags: ReadonlyMap<string, string | undefined>, conditions: Value): boolean {
  for (const op of conditions.keys() ?? []) {
    const entries = conditions.at(op).list() ?? [];
    if (entries.length === 0) continue;
    if (op !== 'StringEquals' && op !== 'StringNotEquals') {
      throw new UnresolvedValue(conditions.at(op).path, `a ${op} backup selection condition, which this check does not evaluate`);
    }
    for (const c of entries) {
      const equal = tagEquals(tags, c.at('ConditionKey').str(), c.at('ConditionValue').str(), c.path);
      if (op === 'StringEquals' ? !equal : equal) return false;
    }
  }
  return true;
}
