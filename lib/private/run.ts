import type { IConstruct } from 'constructs';
import { ACCOUNT_TYPE, accountRecord } from '../model/account';
import { ResourceIndex } from '../model/resource-index';
import type { ResolvedOptions } from '../options';
import type { ResourceResult } from '../results';
import { CdkHelpers } from './cdk-helpers';
import { type Collected, collect } from './collect';
import { stackExports } from './exports';
import type { Duty } from '../model/duty';
import type { ResourceRecord } from '../model/resource';
import { evaluateAll } from './evaluate';
import { readFromTemplates } from './read-templates';
import { ConstructTemplateFacts } from './template-facts';
import { type Keep, lazyRecord, ownerOf, toRecord } from './resolve';
import { timed } from './timings';

export interface RunOutput {
  readonly resources: ResourceResult[];
  /** Every resource read below the roots, as it was judged. */
  readonly records: readonly ResourceRecord[];
  readonly uncoveredTypes: string[];
  /** Owner constructs by path, to put findings on. */
  readonly owners: Map<string, IConstruct>;
  readonly stagesNotEntered: IConstruct[];
  /** Acknowledgements seen below the roots (and on their ancestors). */
  readonly acks: Collected['acks'];
  /** Subtrees left out by `skipPaths`. */
  readonly skipped: Collected['skipped'];
}

/**
 * The duties already evaluated on each resource by some run in this app, by CloudFormation
 * resource construct (and by the app's root for the account's own duties): a second instance of
 * the checks (another category, or one on a Stack inside an App that has one) evaluates what is
 * left, so nothing is reported twice and nothing asked for is left out.
 */
export type EvaluatedDuties = WeakMap<IConstruct, Set<string>>;

export interface RunOptions {
  /** Enter nested Stages below the roots (CDK synthesizes them apart, before the App's aspects). */
  readonly enterStages: boolean;
  /**
   * Where each resource is read from: resolved from its construct (before the templates exist:
   * the aspect, which must annotate constructs before CDK writes them), or parsed from the template
   * CDK has written (after synthesis: validation plugins).
   */
  readonly from: 'constructs' | 'templates';
  /**
   * Resolve every resource before evaluating, instead of those of types without duties when first
   * read: for the differential test that both give the same outcomes.
   * @default false
   */
  readonly eager?: boolean;
  /** Duties some earlier run evaluated: their resources stay in the index as evidence for others, but those duties are not evaluated again. */
  readonly alreadyEvaluated?: EvaluatedDuties;
  /**
   * Where each resource resolved from its construct is handed, so CDK writes it without resolving it
   * again (see HandOver): only while the stacks are being synthesized.
   * @default - none
   */
  readonly handOver?: Keep;
}

/**
 * One run of the engine below the roots: walk once, read each resource once, index once,
 * dispatch duties by type.
 */
export function runEngine(roots: IConstruct | readonly IConstruct[], options: ResolvedOptions, opts: RunOptions): RunOutput {
  const rootList = Array.isArray(roots) ? (roots as readonly IConstruct[]) : [roots as IConstruct];
  const found = timed('collect', () => collect(rootList, { enterStages: opts.enterStages, skipPaths: options.skipPaths }));
  const records =
    opts.from === 'templates'
      ? timed('read', () => readFromTemplates(found.resources))
      : timed('resolve', () =>
          // A resource whose type has duties is read anyway: resolved now, its logical id comes with it. Any
          // other only when some duty reads it (see lazyRecord).
          found.resources.map((c) =>
            opts.eager || options.dispatch.has(c.cfnResourceType) ? toRecord(c, opts.handOver) : lazyRecord(c, opts.handOver),
          ),
        );
  const byPath = new Map(found.resources.map((c) => [c.node.path, c]));
  const index = timed(
    'index',
    () => new ResourceIndex(records, new ConstructTemplateFacts(found.resources, byPath), stackExports(found.resources)),
  );
  const owners = new Map<string, IConstruct>();
  const helpers = new CdkHelpers(found.resources);
  const done = opts.alreadyEvaluated;
  const dutiesOf = new Map<ResourceRecord, readonly Duty[]>();
  const toEvaluate = records.filter((r) => {
    const cfn = byPath.get(r.cfnPath)!;
    const left = remaining(done, cfn, options.dispatch.get(r.type));
    if (left?.length === 0) return false;
    if (left) dutiesOf.set(r, left);
    owners.set(r.ownerPath, ownerOf(cfn));
    return true;
  });
  const root = rootList[0];
  if (toEvaluate.length > 0 && options.dispatch.has(ACCOUNT_TYPE)) {
    // The account's own duties, once per app, on the construct the checks were added to.
    const left = remaining(done, root.node.root, options.dispatch.get(ACCOUNT_TYPE));
    if (left && left.length > 0) {
      const account = accountRecord(root.node.path);
      owners.set(account.ownerPath, root);
      dutiesOf.set(account, left);
      toEvaluate.push(account);
    }
  }
  const { resources, uncoveredTypes } = timed('evaluate', () =>
    evaluateAll({
      records: toEvaluate,
      index,
      options,
      acks: found.acks,
      dutiesOf: (r) => dutiesOf.get(r),
      helperOf: (r) => {
        const cfn = byPath.get(r.cfnPath);
        return cfn && helpers.reasonFor(cfn);
      },
    }),
  );
  if (done) {
    for (const r of toEvaluate) {
      const key = r.type === ACCOUNT_TYPE ? root.node.root : byPath.get(r.cfnPath)!;
      let ids = done.get(key);
      if (!ids) done.set(key, (ids = new Set()));
      for (const d of dutiesOf.get(r) ?? []) ids.add(d.id);
    }
  }
  return { resources, records, uncoveredTypes, owners, stagesNotEntered: found.stagesNotEntered, acks: found.acks, skipped: found.skipped };
}

/** The duties of `all` not yet evaluated on `key`; undefined when the type has no duty at all. */
function remaining(done: EvaluatedDuties | undefined, key: IConstruct, all: readonly Duty[] | undefined): readonly Duty[] | undefined {
  const ids = done?.get(key);
  return all && ids ? all.filter((d) => !ids.has(d.id)) : all;
}
