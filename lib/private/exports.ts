import { CfnElement, type CfnResource, Stack } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import type { StackExport } from '../model/resource-index';
import { referencedLogicalId } from '../model/links';

/**
 * The outputs the app's stacks export, by export name, with the resource each one's value names
 * (a `Ref` or `Fn::GetAtt`): how a `Fn::ImportValue` in one stack (what CDK writes for a
 * cross-stack reference) is tied to the resource of another. Read where CDK puts them: the
 * stack's `Exports` scope (cross-stack references) and its direct children (`stack.exportValue`,
 * a `CfnOutput` with an `exportName`). An export found nowhere stays a value decided at deploy.
 */
export function stackExports(resources: readonly CfnResource[]): Map<string, StackExport> {
  const out = new Map<string, StackExport>();
  for (const stack of new Set(resources.map((r) => Stack.of(r)))) {
    const scope = stack.node.tryFindChild('Exports');
    for (const c of [...stack.node.children, ...(scope?.node.children ?? [])]) {
      const found = exportOf(stack, c);
      if (found) out.set(found.name, { stackPath: stack.node.path, logicalId: found.logicalId });
    }
  }
  return out;
}

function exportOf(stack: Stack, c: IConstruct): { name: string; logicalId: string } | undefined {
  // Duck-typed: the app may load another copy of aws-cdk-lib than this library, so instanceof CfnOutput can fail.
  if (!CfnElement.isCfnElement(c) || !('exportName' in c) || !('value' in c)) return undefined;
  // A value CDK cannot resolve here is left out, never a crash of the user's synth.
  let name: unknown;
  let value: unknown;
  try {
    name = stack.resolve((c as { exportName?: unknown }).exportName);
    value = stack.resolve((c as { value?: unknown }).value);
  } catch {
    return undefined;
  }
  const logicalId = referencedLogicalId(value);
  return typeof name === 'string' && logicalId !== undefined && !logicalId.startsWith('AWS::') ? { name, logicalId } : undefined;
}
