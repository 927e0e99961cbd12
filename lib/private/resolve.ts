import { CfnResource, Stack, Token } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import type { ResourceRecord } from '../model/resource';
import { withSamGlobals } from './sam-globals';
import { userSourceLocation } from './source-location';
import { timed } from './timings';

const CREATION_STACK = 'aws:cdk:creationStack';

interface Renderable {
  // CDK renders a resource, overrides included, through this method; it is what synth itself calls.
  _toCloudFormation(): unknown;
  readonly rawOverrides?: Record<string, unknown>;
}

/** What resolving a resource gives: its entry, or why there is none. */
type Rendered = { readonly logicalId: string; readonly entry: Record<string, unknown> } | { readonly error: string };

/** Where a resolved resource goes besides its record: CDK, so it need not resolve it again (see HandOver). */
export interface Keep {
  keep(cfn: CfnResource, fragment: unknown): boolean;
}

/** The resource as CloudFormation will see it: resolved once, escape-hatch overrides applied. */
export function toRecord(cfn: CfnResource, keep?: Keep): ResourceRecord {
  const stack = Stack.of(cfn);
  const rendered = render(cfn, stack, keep);
  if ('error' in rendered) return failed(cfn, stack, rendered.error);
  return recordOf(cfn, stack, rendered.logicalId, rendered.entry);
}

/**
 * The same record as `toRecord`, resolved only when its `properties`, `entry` or `resolveError`
 * are first read. The type and logical id are known without resolving the resource, so the index
 * is built from them; a resource that no duty evaluates and no other resource's duty reads (a
 * route, a subnet association, CDK's metadata) is never resolved.
 *
 * WHY the whole resource, not the properties a duty reads: CDK renders a resource's properties
 * (names from camelCase, validation) once, on the whole resolved object, in the same step that
 * merges the escape-hatch overrides; a subtree resolved on its own would skip that step.
 *
 * Resolved at once (as `toRecord`) when the type or logical id cannot be known beforehand: an
 * override of `Type`, a class that renders itself, a logical id that does not resolve. A resource
 * that renders nothing (`shouldSynthesize`) gets the same record either way: its resolve error.
 */
export function lazyRecord(cfn: CfnResource, keep?: Keep): ResourceRecord {
  const renderable = cfn as unknown as Renderable;
  if (renderable._toCloudFormation !== CfnResource.prototype._toCloudFormation) return toRecord(cfn, keep);
  if (renderable.rawOverrides && 'Type' in renderable.rawOverrides) return toRecord(cfn, keep);
  const stack = Stack.of(cfn);
  let logicalId: unknown;
  try {
    logicalId = stack.resolve(cfn.logicalId);
  } catch {
    return toRecord(cfn, keep);
  }
  if (typeof logicalId !== 'string') return toRecord(cfn, keep);
  const type = cfn.cfnResourceType;
  const record = { ...base(cfn, stack), type, logicalId } as Record<string, unknown>;
  const resolve = () => {
    const rendered = timed('resolve', () => render(cfn, stack, keep));
    const values =
      'error' in rendered
        ? { properties: {}, entry: {}, resolveError: rendered.error }
        : { properties: propertiesOf(stack, type, rendered.entry), entry: rendered.entry, resolveError: undefined };
    // Read once: the getters give way to the values.
    for (const [k, value] of Object.entries(values)) Object.defineProperty(record, k, { value, enumerable: true, writable: false });
    return values;
  };
  for (const k of ['properties', 'entry', 'resolveError'] as const) {
    Object.defineProperty(record, k, { get: () => resolve()[k], enumerable: true, configurable: true });
  }
  return record as unknown as ResourceRecord;
}

function render(cfn: CfnResource, stack: Stack, keep?: Keep): Rendered {
  try {
    const rendered = stack.resolve((cfn as unknown as Renderable)._toCloudFormation()) as {
      Resources?: Record<string, Record<string, unknown>>;
    };
    keep?.keep(cfn, rendered);
    const [logicalId, entry] = Object.entries(rendered?.Resources ?? {})[0] ?? [];
    if (!logicalId || !entry) return { error: 'the resource renders no template entry' };
    return { logicalId, entry };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** A record of `cfn` from its rendered template entry. */
export function recordOf(cfn: CfnResource, stack: Stack, logicalId: string, entry: Record<string, unknown>): ResourceRecord {
  // The type CloudFormation receives: `addOverride('Type', ...)` can change it.
  const type = typeof entry.Type === 'string' ? entry.Type : cfn.cfnResourceType;
  return { ...base(cfn, stack), type, logicalId, properties: propertiesOf(stack, type, entry), entry };
}

function propertiesOf(stack: Stack, type: string, entry: Record<string, unknown>): Record<string, unknown> {
  const own = entry.Properties && typeof entry.Properties === 'object' ? (entry.Properties as Record<string, unknown>) : {};
  return withSamGlobals(stack, type, own);
}

function failed(cfn: CfnResource, stack: Stack, resolveError: string): ResourceRecord {
  let logicalId = cfn.node.id;
  try {
    logicalId = stack.resolve(cfn.logicalId);
  } catch {
    // keep the construct id: the logical id is what failed to resolve
  }
  return { ...base(cfn, stack), type: cfn.cfnResourceType, logicalId, properties: {}, entry: {}, resolveError };
}

/** What every record of one stack shares. */
interface StackFacts {
  readonly stackPath: string;
  readonly stackAccount: string | undefined;
  readonly templateFile: string;
}

/** WHY kept per stack: CDK computes a construct's path and a stack's template file name anew on each read, once per resource otherwise. */
const stackFacts = new WeakMap<Stack, StackFacts>();

function factsOf(stack: Stack): StackFacts {
  let facts = stackFacts.get(stack);
  if (!facts) {
    facts = {
      stackPath: stack.node.path,
      // The stack's own account when its env names one: a literal account principal may be it.
      stackAccount: Token.isUnresolved(stack.account) ? undefined : stack.account,
      templateFile: stack.templateFile,
    };
    stackFacts.set(stack, facts);
  }
  return facts;
}

function base(cfn: CfnResource, stack: Stack) {
  const creation = cfn.node.metadata.find((m) => m.type === CREATION_STACK);
  const { stackPath, stackAccount, templateFile } = factsOf(stack);
  return {
    stackPath,
    stackAccount,
    templateFile,
    ownerPath: ownerOf(cfn).node.path,
    cfnPath: cfn.node.path,
    source: userSourceLocation(Array.isArray(creation?.data) ? (creation!.data as string[]) : undefined),
  };
}

/** The L2 whose default child this resource is, else the resource itself. */
export function ownerOf(cfn: IConstruct): IConstruct {
  const parent = cfn.node.scope;
  return parent && parent.node.defaultChild === cfn ? parent : cfn;
}
