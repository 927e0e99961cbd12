import * as path from 'path';

/**
 * CDK keeps every app it ever built alive through two process-wide tables, so a process that
 * builds one 20,000-resource app after another runs out of heap after a few (V8's default limit
 * is about 4 GB):
 *
 * - `global.__cdkTokenMap` (core/lib/private/token-map.js) maps every encoded token to its
 *   IResolvable, and a CfnReference token holds its target stack, and with it the whole tree;
 * - the static `CfnReference.referenceTable` (core/lib/private/cfn-reference.js) maps each
 *   referenced construct to its references.
 *
 * WHAT: `mark()` remembers what the tables hold once the modules are warm (module-level tokens such
 * as `Aws.REGION` are registered at load and must stay); `release()` deletes every entry added
 * since, after a measurement is over and its app is dropped.
 * WHY: without it the benchmark's own process, not the variant under test, decides how long the
 * later synths take (GC pressure) and whether they finish at all. It is safe because no token of
 * an app is looked up once that app has been synthesized and dropped.
 */
interface TokenMapShape {
  readonly stringTokenMap: Map<string, unknown>;
  readonly numberTokenMap: Map<number, unknown>;
}

const CFN_REFERENCE = path.join(path.dirname(require.resolve('aws-cdk-lib')), 'core', 'lib', 'private', 'cfn-reference.js');

function tables(): { tokens?: TokenMapShape; references?: Map<unknown, unknown> } {
  // CDK does not export its reference table; the bench reaches into the private module to empty it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CfnReference } = require(CFN_REFERENCE) as { CfnReference: { referenceTable?: Map<unknown, unknown> } };
  return { tokens: (globalThis as { __cdkTokenMap?: TokenMapShape }).__cdkTokenMap, references: CfnReference.referenceTable };
}

export class CdkGlobals {
  private strings?: Set<string>;
  private numbers?: Set<number>;
  private references?: Set<unknown>;

  mark(): void {
    const t = tables();
    this.strings = new Set(t.tokens?.stringTokenMap.keys() ?? []);
    this.numbers = new Set(t.tokens?.numberTokenMap.keys() ?? []);
    this.references = new Set(t.references?.keys() ?? []);
  }

  release(): void {
    if (!this.strings || !this.numbers || !this.references) return;
    const t = tables();
    dropNew(t.tokens?.stringTokenMap, this.strings);
    dropNew(t.tokens?.numberTokenMap, this.numbers);
    dropNew(t.references, this.references);
  }
}

function dropNew<K>(map: Map<K, unknown> | undefined, keep: ReadonlySet<K>): void {
  if (!map) return;
  for (const k of [...map.keys()]) if (!keep.has(k)) map.delete(k);
}
