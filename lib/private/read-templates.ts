import * as fs from 'fs';
import * as path from 'path';
import { type CfnResource, Stack, Stage } from 'aws-cdk-lib/core';
import type { ResourceRecord } from '../model/resource';
import { recordOf, toRecord } from './resolve';

const PATH_METADATA = 'aws:cdk:path';

type Template = { readonly Resources?: Readonly<Record<string, Record<string, unknown>>> };

/**
 * The resources as CloudFormation sees them, read from the templates CDK has already written:
 * after synthesis (in a validation plugin) this is the same data as resolving each resource again,
 * for the price of a JSON parse. A resource is matched to its construct by the `aws:cdk:path`
 * metadata the CLI asks for, else by resolving the logical ids of its stack's resources. A stack
 * whose template cannot be read is resolved from its constructs instead, so nothing is skipped.
 */
export function readFromTemplates(resources: readonly CfnResource[]): ResourceRecord[] {
  const byStack = new Map<Stack, CfnResource[]>();
  for (const cfn of resources) {
    const stack = Stack.of(cfn);
    let list = byStack.get(stack);
    if (!list) byStack.set(stack, (list = []));
    list.push(cfn);
  }
  const records: ResourceRecord[] = [];
  for (const [stack, cfns] of byStack) {
    const template = readTemplate(stack);
    if (!template) {
      for (const cfn of cfns) records.push(toRecord(cfn));
      continue;
    }
    records.push(...matchResources(stack, cfns, template));
  }
  return records;
}

function matchResources(stack: Stack, cfns: readonly CfnResource[], template: Template): ResourceRecord[] {
  const byPath = new Map<string, CfnResource>();
  for (const cfn of cfns) byPath.set(cfn.node.path, cfn);
  let byLogicalId: Map<string, CfnResource> | undefined;
  const records: ResourceRecord[] = [];
  const matched = new Set<CfnResource>();
  for (const [logicalId, entry] of Object.entries(template.Resources ?? {})) {
    if (entry === null || typeof entry !== 'object') continue;
    const metadataPath = (entry.Metadata as Record<string, unknown> | undefined)?.[PATH_METADATA];
    let cfn = typeof metadataPath === 'string' ? byPath.get(metadataPath) : undefined;
    if (!cfn) {
      byLogicalId ??= new Map(cfns.map((c) => [stack.resolve(c.logicalId) as string, c]));
      cfn = byLogicalId.get(logicalId);
    }
    // Not one of the constructs asked about (a skipped path, say).
    if (!cfn || matched.has(cfn)) continue;
    matched.add(cfn);
    records.push(recordOf(cfn, stack, logicalId, entry));
  }
  // A construct with no entry in the template: resolve it rather than lose it.
  if (matched.size < cfns.length) for (const cfn of cfns) if (!matched.has(cfn)) records.push(toRecord(cfn));
  return records;
}

function readTemplate(stack: Stack): Template | undefined {
  const outdir = Stage.of(stack)?.outdir;
  if (!outdir) return undefined;
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(outdir, stack.templateFile), 'utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Template) : undefined;
  } catch {
    return undefined;
  }
}
