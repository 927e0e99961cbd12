import type { IAspect } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import { catalogIndex } from '../rules';
import { resolveOptions, type ResolvedOptions, type SharedResponsibilityChecksProps } from './options';
import { closeHandOver } from './private/hand-over';
import { ScopeRun } from './private/scope-run';

/**
 * Checks the customer's side of the AWS Shared Responsibility Model at synth.
 *
 * ```ts
 * Aspects.of(app).add(new SharedResponsibilityChecks());
 * ```
 *
 * Each customer duty left unconfigured becomes an error or warning on the construct that owns the
 * resource; waive one with `Validations.of(scope).acknowledge({ id, reason })`. The results,
 * waivers included, are written to `shared-responsibility.results.json` in the cloud assembly.
 */
export class SharedResponsibilityChecks implements IAspect {
  private readonly options: ResolvedOptions;
  private readonly scopes: IConstruct[] = [];

  constructor(props: SharedResponsibilityChecksProps = {}) {
    this.options = resolveOptions(props, catalogIndex);
  }

  public visit(node: IConstruct): void {
    // CDK calls this for every construct below the scope; all the work happens once per scope,
    // after every aspect has run (see ScopeRun), so here we only notice a new scope, or the same
    // one synthesized again: CDK must then render every resource as it is now (see HandOver).
    if (this.scopes.includes(node)) return closeHandOver(node);
    if (this.covers(node)) return;
    this.scopes.push(node);
    new ScopeRun(node, this.options).start();
  }

  private covers(node: IConstruct): boolean {
    if (this.scopes.length === 0) return false;
    const p = node.node.path;
    for (const s of this.scopes) {
      if (s === node) return true;
      const sp = s.node.path;
      if ((sp === '' || p.startsWith(`${sp}/`)) && s.node.root === node.node.root) return true;
    }
    return false;
  }
}
