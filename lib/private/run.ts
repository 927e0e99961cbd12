import type { CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { ACCOUNT_TYPE, accountRecord } from '../model/account';
import { ResourceIndex } from '../model/resource-index';
import type { ResolvedOptions } from '../options';
import type { ResourceResult } from '../results';
import { collect } from './collect';
import { evaluateAll } from './evaluate';
import { ownerOf, toRecord } from './resolve';

export interface RunOutput {
  readonly resources: ResourceResult[];
  readonly uncoveredTypes: string[];
  /** Owner constructs by path, to put findings on. */
  readonly owners: Map<string, IConstruct>;
  /** CloudFormation resources this run evaluated, so a later run does not evaluate them twice. */
  readonly evaluated: CfnResource[];
  readonly stagesNotEntered: IConstruct[];
}

/**
 * One run of the engine below the roots: walk once, resolve each resource once, index once,
 * dispatch duties by type. Resources in `alreadyEvaluated` stay in the index (as evidence for
 * others) but are not evaluated again.
 */
export function runEngine(
  roots: IConstruct | readonly IConstruct[],
  options: ResolvedOptions,
  opts: { enterStages: boolean; alreadyEvaluated?: WeakSet<IConstruct> },
): RunOutput {
  const found = collect(Array.isArray(roots) ? roots : [roots as IConstruct], { enterStages: opts.enterStages, skipPaths: options.skipPaths });
  const records = found.resources.map(toRecord);
  const index = new ResourceIndex(records);
  const owners = new Map<string, IConstruct>();
  const evaluated: CfnResource[] = [];
  const toEvaluate = records.filter((r, i) => {
    const cfn = found.resources[i];
    if (opts.alreadyEvaluated?.has(cfn)) return false;
    owners.set(r.ownerPath, ownerOf(cfn));
    evaluated.push(cfn);
    return true;
  });
  if (toEvaluate.length > 0 && options.dispatch.has(ACCOUNT_TYPE)) {
    // The account's own duties, once per run, on the construct the checks were added to.
    const first = Array.isArray(roots) ? (roots as IConstruct[])[0] : (roots as IConstruct);
    const account = accountRecord(first.node.path);
    owners.set(account.ownerPath, first);
    toEvaluate.push(account);
  }
  const { resources, uncoveredTypes } = evaluateAll({ records: toEvaluate, index, options, acks: found.acks });
  return { resources, uncoveredTypes, owners, evaluated, stagesNotEntered: found.stagesNotEntered };
}
