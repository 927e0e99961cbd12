import type { CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ACCOUNT_TYPE, accountRecord } from '../model/account';
import { ResourceIndex } from '../model/resource-index';
import type { ResolvedOptions } from '../options';
import type { ResourceResult } from '../results';
import { collect } from './collect';
import { evaluateAll } from './evaluate';
import { readFromTemplates } from './read-templates';
import { ownerOf, toRecord } from './resolve';
import { timed } from './timings';

export interface RunOutput {
  readonly resources: ResourceResult[];
  readonly uncoveredTypes: string[];
  /** Owner constructs by path, to put findings on. */
  readonly owners: Map<string, IConstruct>;
  /** CloudFormation resources this run evaluated, so a later run does not evaluate them twice. */
  readonly evaluated: CfnResource[];
  readonly stagesNotEntered: IConstruct[];
}

export interface RunOptions {
  /** Enter nested Stages below the roots (CDK synthesizes them apart, before the App's aspects). */
  readonly enterStages: boolean;
  /**
   * Where each resource is read from: resolved from its construct (before the templates exist:
   * the aspect, which must annotate constructs before CDK writes them), or parsed from the template
   * CDK has written (after synthesis: validation plugins).
   */
  readonly from: 'constructs' | 'templates';
  /** Resources some earlier run evaluated: kept in the index as evidence for others, not evaluated again. */
  readonly alreadyEvaluated?: WeakSet<IConstruct>;
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
      : timed('resolve', () => found.resources.map(toRecord));
  const index = timed('index', () => new ResourceIndex(records));
  const owners = new Map<string, IConstruct>();
  const evaluated: CfnResource[] = [];
  const byPath = new Map(found.resources.map((c) => [c.node.path, c]));
  const toEvaluate = records.filter((r) => {
    const cfn = byPath.get(r.cfnPath)!;
    if (opts.alreadyEvaluated?.has(cfn)) return false;
    owners.set(r.ownerPath, ownerOf(cfn));
    evaluated.push(cfn);
    return true;
  });
  if (toEvaluate.length > 0 && options.dispatch.has(ACCOUNT_TYPE)) {
    // The account's own duties, once per run, on the construct the checks were added to.
    const account = accountRecord(rootList[0].node.path);
    owners.set(account.ownerPath, rootList[0]);
    toEvaluate.push(account);
  }
  const { resources, uncoveredTypes } = timed('evaluate', () => evaluateAll({ records: toEvaluate, index, options, acks: found.acks }));
  return { resources, uncoveredTypes, owners, evaluated, stagesNotEntered: found.stagesNotEntered };
}
