import { CfnElement, CfnResource, type Stack } from 'aws-cdk-lib/core';

/**
 * The SAM `Globals` section: properties SAM copies into every resource of a type before it expands
 * it. A template brought in with CfnInclude keeps the section; it is read here so that an
 * `AWS::Serverless::*` resource is judged with what SAM will give it
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html).
 */
const GLOBALS_KEY: Readonly<Record<string, string>> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
};

interface Renderable {
  _toCloudFormation(): unknown;
}

const cache = new WeakMap<Stack, Record<string, unknown> | undefined>();

/** The resource's properties with the stack's SAM Globals for its type merged in as SAM merges them. */
export function withSamGlobals(stack: Stack, type: string, properties: Record<string, unknown>): Record<string, unknown> {
  const key = GLOBALS_KEY[type];
  if (!key) return properties;
  const globals = globalsOf(stack)?.[key];
  if (!isPlainObject(globals)) return properties;
  return merge(globals, properties) as Record<string, unknown>;
}

function globalsOf(stack: Stack): Record<string, unknown> | undefined {
  if (cache.has(stack)) return cache.get(stack);
  let found: Record<string, unknown> | undefined;
  // Only non-resource elements render template sections (CfnInclude keeps Globals among them); each is rendered once per stack.
  for (const c of stack.node.findAll()) {
    if (!CfnElement.isCfnElement(c) || CfnResource.isCfnResource(c)) continue;
    try {
      const rendered = stack.resolve((c as unknown as Renderable)._toCloudFormation()) as { Globals?: unknown } | undefined;
      if (isPlainObject(rendered?.Globals)) found = { ...found, ...rendered.Globals };
    } catch {
      // an element that cannot render here renders no Globals either; synth reports it on its own
    }
  }
  cache.set(stack, found);
  return found;
}

/**
 * SAM's merge: the resource's value wins over a global primitive (an intrinsic counts as one),
 * maps merge key by key, and lists are the global entries followed by the resource's.
 */
function merge(global: unknown, local: unknown): unknown {
  if (local === undefined) return global;
  if (Array.isArray(global) && Array.isArray(local)) return [...global, ...local];
  if (isPlainObject(global) && isPlainObject(local) && !isIntrinsicLike(global) && !isIntrinsicLike(local)) {
    const out: Record<string, unknown> = { ...global };
    for (const [k, v] of Object.entries(local)) out[k] = merge(global[k], v);
    return out;
  }
  return local;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function isIntrinsicLike(x: Record<string, unknown>): boolean {
  const keys = Object.keys(x);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::') || keys[0] === 'Condition');
}
