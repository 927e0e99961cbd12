import type { App } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { catalogIndex } from '../../rules';
import { ACCOUNT_TYPE, accountRecord } from '../../lib/model/account';
import { ResourceIndex } from '../../lib/model/resource-index';
import { resolveOptions } from '../../lib/options';
import { annotate } from '../../lib/private/annotate';
import { collect } from '../../lib/private/collect';
import { evaluateAll } from '../../lib/private/evaluate';
import { ownerOf, toRecord } from '../../lib/private/resolve';
import { writeOutputs } from '../../lib/private/outputs';
import { msSince } from './variants';

/** The engine's phases, in the order one aspect run executes them. */
export const PHASES = ['collect', 'resolve', 'index', 'evaluate', 'annotate', 'write'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  collect: 'collect (walk the tree)',
  resolve: 'resolve (toRecord: stack.resolve per resource)',
  index: 'index (new ResourceIndex)',
  evaluate: 'evaluate (evaluateAll, owners included)',
  annotate: 'annotate',
  write: 'write (writeOutputs: results file + default reports)',
};

/**
 * Times the engine's phases from OUTSIDE the engine, which does not expose timings: on an app that
 * `app.synth()` has already prepared (aspects run, references resolved), it calls the engine's
 * internal functions in the order `runEngine` (lib/private/run.ts) and `ScopeRun`
 * (lib/private/scope-run.ts) call them, with process.hrtime around each. The walk, the resolution
 * and the evaluation are the same work the aspect does inside synth; the resolution may be
 * slightly cheaper here, because synth has rendered every template once already.
 */
export function timePhases(app: App, outdir: string): Record<Phase, number> {
  const options = resolveOptions({}, catalogIndex);
  const ms = {} as Record<Phase, number>;
  let t = process.hrtime.bigint();
  const found = collect([app], { enterStages: false, skipPaths: options.skipPaths });
  ms.collect = msSince(t);

  t = process.hrtime.bigint();
  const records = found.resources.map(toRecord);
  ms.resolve = msSince(t);

  t = process.hrtime.bigint();
  const index = new ResourceIndex(records);
  ms.index = msSince(t);

  t = process.hrtime.bigint();
  const owners = new Map<string, IConstruct>();
  const toEvaluate = records.slice();
  records.forEach((r, i) => owners.set(r.ownerPath, ownerOf(found.resources[i])));
  if (options.dispatch.has(ACCOUNT_TYPE)) {
    const account = accountRecord(app.node.path);
    owners.set(account.ownerPath, app);
    toEvaluate.push(account);
  }
  const out = evaluateAll({ records: toEvaluate, index, options, acks: found.acks });
  ms.evaluate = msSince(t);

  t = process.hrtime.bigint();
  annotate(out.resources, owners, options.dutyById);
  ms.annotate = msSince(t);

  t = process.hrtime.bigint();
  writeOutputs(outdir, options, out.resources, out.uncoveredTypes, []);
  ms.write = msSince(t);
  return ms;
}
