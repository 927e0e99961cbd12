import { CfnElement, CfnOutput, CfnParameter, type CfnResource, NestedStack, Stack } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import type { ResourceRecord } from '../model/resource';
import type { TemplateFacts } from '../model/template-facts';

interface Renderable {
  // How CDK renders an element into its template section; what synth itself calls.
  _toCloudFormation(): unknown;
}

type Section = Map<string, unknown>;

/**
 * Parameter declarations, outputs and nested stacks, read from the constructs of the app as CDK
 * renders them. Nothing is read until a duty asks: most apps never need it, and it walks a stack's
 * constructs once per stack when one does.
 */
export class ConstructTemplateFacts implements TemplateFacts {
  private stacks?: Map<string, Stack>;
  private readonly parameters = new Map<string, Section>();
  private readonly outputs = new Map<string, Section>();

  constructor(
    private readonly resources: readonly CfnResource[],
    private readonly byPath: ReadonlyMap<string, CfnResource>,
  ) {}

  parameter(stackPath: string, name: string): Readonly<Record<string, unknown>> | undefined {
    const declaration = this.section(stackPath, 'Parameters', this.parameters).get(name);
    return declaration !== null && typeof declaration === 'object' ? (declaration as Record<string, unknown>) : undefined;
  }

  output(stackPath: string, name: string): unknown {
    const output = this.section(stackPath, 'Outputs', this.outputs).get(name);
    return output !== null && typeof output === 'object' ? (output as Record<string, unknown>).Value : undefined;
  }

  nestedStack(record: ResourceRecord): string | undefined {
    const cfn = this.byPath.get(record.cfnPath);
    // NestedStack puts its AWS::CloudFormation::Stack at `<id>.NestedStack/<id>.NestedStackResource`, beside itself.
    const holder = cfn?.node.scope;
    const id = holder?.node.id.replace(/\.NestedStack$/, '');
    const nested = id === undefined ? undefined : holder?.node.scope?.node.tryFindChild(id);
    return nested && NestedStack.isNestedStack(nested) && nested.nestedStackResource === cfn ? nested.node.path : undefined;
  }

  /** One section (Parameters or Outputs) of the template of the stack at `stackPath`, rendered once. */
  private section(stackPath: string, name: 'Parameters' | 'Outputs', cache: Map<string, Section>): Section {
    let section = cache.get(stackPath);
    if (section) return section;
    section = new Map();
    cache.set(stackPath, section);
    const stack = this.stackAt(stackPath);
    if (!stack) return section;
    const wanted = name === 'Parameters' ? CfnParameter : CfnOutput;
    for (const c of ownConstructs(stack)) {
      if (!(c instanceof wanted) || !CfnElement.isCfnElement(c)) continue;
      try {
        const rendered = stack.resolve((c as unknown as Renderable)._toCloudFormation()) as
          Record<string, Record<string, unknown>> | undefined;
        for (const [logicalId, value] of Object.entries(rendered?.[name] ?? {})) section.set(logicalId, value);
      } catch {
        // An element that does not render is not known: whatever reads it stays unknown.
      }
    }
    return section;
  }

  private stackAt(stackPath: string): Stack | undefined {
    if (!this.stacks) {
      this.stacks = new Map();
      for (const cfn of this.resources) {
        const stack = Stack.of(cfn);
        this.stacks.set(stack.node.path, stack);
      }
    }
    return this.stacks.get(stackPath);
  }
}

/** The constructs of a stack's own template: its subtree without nested stacks (which have templates of their own). */
function* ownConstructs(stack: Stack): Generator<IConstruct> {
  const pending: IConstruct[] = [...stack.node.children];
  while (pending.length > 0) {
    const c = pending.pop()!;
    if (Stack.isStack(c)) continue;
    yield c;
    pending.push(...c.node.children);
  }
}
