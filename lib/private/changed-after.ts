import * as fs from 'fs';
import type { IPolicyValidationContext, PolicyViolation } from 'aws-cdk-lib/core';
import type { ResourceRecord } from '../model/resource';

/** Id of the warning on a resource whose template entry differs from the one the aspect judged. */
export const CHANGED_AFTER_CHECKS = 'changed-after-checks';

/**
 * The template entries the aspect judged but did not hand over to CDK (see HandOver: it judged them
 * in CDK's tree validation, because a stack synthesizer could not be hooked), kept until CDK has
 * written the templates, to tell the user which resources changed after the checks ran: a construct
 * validation that runs after the aspect's (CDK validates constructs in tree order) and changes the
 * app, or a `Lazy` without caching whose value differs when CDK resolves it again for the template.
 * Such a resource was judged on an earlier version of itself; the warning says so rather than let
 * the results pass for the deployed template.
 */
export class JudgedEntries {
  /**
   * Whether a record is worth comparing with its written entry. A resource no duty read was never
   * resolved (see lazyRecord): it was judged on nothing, and reading it now would resolve it for
   * nothing. One that could not be resolved was judged unknown.
   */
  static comparable(this: void, r: ResourceRecord): boolean {
    return isResolved(r) && !r.resolveError;
  }

  /** By stack construct path, then logical id. */
  private readonly byStack = new Map<string, Map<string, ResourceRecord>>();

  add(records: readonly ResourceRecord[]): void {
    for (const r of records) {
      if (!JudgedEntries.comparable(r)) continue;
      let byId = this.byStack.get(r.stackPath);
      if (!byId) this.byStack.set(r.stackPath, (byId = new Map()));
      byId.set(r.logicalId, r);
    }
  }

  /** A warning for each judged resource whose written template entry differs from what was judged, or that is gone. */
  changes(context: IPolicyValidationContext): PolicyViolation[] {
    const out: PolicyViolation[] = [];
    for (const t of context.stackTemplates) {
      const judged = this.byStack.get(t.stackConstructPath);
      if (!judged) continue;
      const resources = readResources(t.templatePath);
      // A template we cannot read is CDK's own problem to report; judging it is not ours here.
      if (!resources) continue;
      for (const [logicalId, record] of judged) {
        const written = resources[logicalId];
        if (sameJson(record.entry, written)) continue;
        out.push(changed(record, t.templatePath, written === undefined));
      }
    }
    return out;
  }
}

/** Whether the record's entry has been read: a lazy record keeps a getter in its place until then. */
function isResolved(r: ResourceRecord): boolean {
  return Object.getOwnPropertyDescriptor(r, 'entry')?.get === undefined;
}

function readResources(templatePath: string): Record<string, unknown> | undefined {
  try {
    const template = JSON.parse(fs.readFileSync(templatePath, 'utf8')) as { Resources?: Record<string, unknown> };
    return template.Resources ?? {};
  } catch {
    return undefined;
  }
}

function changed(record: ResourceRecord, templatePath: string, gone: boolean): PolicyViolation {
  const what = gone ? 'is not in the written template' : 'changed after SharedResponsibilityChecks judged it';
  return {
    ruleName: CHANGED_AFTER_CHECKS,
    description:
      `${record.type} ${record.logicalId} ${what}: its findings describe the template as it was when the checks ran. ` +
      'A construct validation that runs after the checks, or a Lazy value without caching, changed it. ' +
      'Use SharedResponsibilityPlugin, which judges the written templates.',
    severity: 'warning',
    violatingResources: [{ constructPath: record.cfnPath, templatePath, resourceLogicalId: record.logicalId, locations: [] }],
  };
}

/** Whether two values are the same JSON: keys whose value is undefined count as absent, as in the written file. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], bs[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let count = 0;
  for (const k in ao) {
    if (ao[k] === undefined) continue;
    count++;
    if (!sameJson(ao[k], bo[k])) return false;
  }
  for (const k in bo) if (bo[k] !== undefined) count--;
  return count === 0;
}
