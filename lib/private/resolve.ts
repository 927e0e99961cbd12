import { type CfnResource, Stack, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { ResourceRecord } from '../model/resource';
import { withSamGlobals } from './sam-globals';
import { userSourceLocation } from './source-location';

const CREATION_STACK = 'aws:cdk:creationStack';

interface Renderable {
  // CDK renders a resource, overrides included, through this method; it is what synth itself calls.
  _toCloudFormation(): unknown;
}

/** The resource as CloudFormation will see it: resolved once, escape-hatch overrides applied. */
export function toRecord(cfn: CfnResource): ResourceRecord {
  const stack = Stack.of(cfn);
  try {
    const rendered = stack.resolve((cfn as unknown as Renderable)._toCloudFormation()) as {
      Resources?: Record<string, Record<string, unknown>>;
    };
    const [logicalId, entry] = Object.entries(rendered?.Resources ?? {})[0] ?? [];
    if (!logicalId || !entry) return failed(cfn, stack, 'the resource renders no template entry');
    return recordOf(cfn, stack, logicalId, entry);
  } catch (e) {
    return failed(cfn, stack, (e as Error).message);
  }
}

/** A record of `cfn` from its rendered template entry. */
export function recordOf(cfn: CfnResource, stack: Stack, logicalId: string, entry: Record<string, unknown>): ResourceRecord {
  const own = entry.Properties && typeof entry.Properties === 'object' ? (entry.Properties as Record<string, unknown>) : {};
  // The type CloudFormation receives: `addOverride('Type', ...)` can change it.
  const type = typeof entry.Type === 'string' ? entry.Type : cfn.cfnResourceType;
  const properties = withSamGlobals(stack, type, own);
  return { ...base(cfn, stack), type, logicalId, properties, entry };
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

function base(cfn: CfnResource, stack: Stack) {
  const creation = cfn.node.metadata.find((m) => m.type === CREATION_STACK);
  return {
    stackPath: stack.node.path,
    // The stack's own account when its env names one: a literal account principal may be it.
    stackAccount: Token.isUnresolved(stack.account) ? undefined : stack.account,
    templateFile: stack.templateFile,
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
