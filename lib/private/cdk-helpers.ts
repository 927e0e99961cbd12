import * as path from 'path';
import { CfnResource, Reference, Tokenization } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';

/**
 * Resources that CDK itself creates to implement a construct (custom-resource providers and their
 * roles, log retention and auto-delete handlers, bucket deployments, notification handlers, the
 * topic of an Auto Scaling lifecycle hook): the user does not write them and can rarely configure
 * them, so their findings are reported apart, at info, unless the checks are told to treat them
 * like any other resource.
 *
 * Recognised by what CDK records, never by a construct id (a user may call a bucket
 * `framework-onEvent`):
 * - the class of a construct above the resource, as jsii records it (the fqn CDK writes into
 *   tree.json), for constructs whose every child but their own default child is a helper;
 * - the construct a CDK construct's custom resource names as its ServiceToken: the handler it
 *   created for itself (BucketDeployment, LogRetention, AwsCustomResource, bucket notifications);
 * - the class itself, for the few helpers CDK builds from classes it does not export.
 */
const PROVIDER_FQNS: ReadonlyMap<string, string> = new Map([
  ['aws-cdk-lib.CustomResourceProviderBase', 'CDK custom resource provider'],
  ['aws-cdk-lib.CustomResourceProvider', 'CDK custom resource provider'],
  ['aws-cdk-lib.custom_resources.Provider', 'CDK custom resources Provider framework'],
  // A FunctionHook or QueueHook target creates its topic and role inside the hook.
  ['aws-cdk-lib.aws_autoscaling.LifecycleHook', 'CDK lifecycle hook notification target'],
]);

/** Helper classes aws-cdk-lib does not export, by their file inside the package. */
const INTERNAL_CLASSES: ReadonlyArray<readonly [string, string, string]> = [
  ['aws-ecs/lib/drain-hook/instance-drain-hook.js', 'InstanceDrainHook', 'CDK ECS capacity drain hook'],
];

/** What a CDK construct's custom resource handler is, by the custom resource's type. */
const HANDLER_BY_TYPE: ReadonlyMap<string, string> = new Map([
  ['Custom::LogRetention', 'CDK log retention handler'],
  ['Custom::AWS', 'CDK AwsCustomResource handler'],
  ['Custom::CDKBucketDeployment', 'CDK BucketDeployment handler'],
  ['Custom::S3BucketNotifications', 'CDK bucket notifications handler'],
]);

/** Constructs that are no one's helper creator: the app's structure, and the custom resource classes users instantiate. */
const NOT_A_CREATOR = new Set([
  'aws-cdk-lib.App',
  'aws-cdk-lib.Stage',
  'aws-cdk-lib.Stack',
  'aws-cdk-lib.NestedStack',
  'aws-cdk-lib.CustomResource',
  'aws-cdk-lib.CfnResource',
  'aws-cdk-lib.CfnCustomResource',
  'aws-cdk-lib.aws_cloudformation.CfnCustomResource',
]);

const JSII_RTTI = Symbol.for('jsii.rtti');

/** The jsii fqn of a construct's class (a subclass without its own inherits its parent's), as tree.json records it. */
export function fqnOf(c: IConstruct): string | undefined {
  const ctor = (Object.getPrototypeOf(c) as { constructor?: Record<symbol, unknown> } | null)?.constructor;
  const rtti = ctor?.[JSII_RTTI] as { fqn?: unknown } | undefined;
  return typeof rtti?.fqn === 'string' ? rtti.fqn : undefined;
}

/** A class, for `instanceof`. */
type Class = abstract new (...args: never[]) => unknown;

let cdkRoot: string | null | undefined;

/**
 * The classes of INTERNAL_CLASSES whose files the app has loaded: a class no one loaded has no
 * instance. WHY not `require` them: the drain hook's file loads aws-lambda, aws-autoscaling and the
 * rest of its imports, 40 ms in an app that uses none of them (after aws-cdk-lib/core and aws-s3).
 * Read once per run, after the app is built; a layout that changed in another CDK version leaves
 * the class unrecognised, so its findings keep their severity.
 */
function loadedInternalClasses(): [Class, string][] {
  const found: [Class, string][] = [];
  if (cdkRoot === undefined) {
    try {
      cdkRoot = path.dirname(require.resolve('aws-cdk-lib/package.json'));
    } catch {
      cdkRoot = null;
    }
  }
  if (cdkRoot === null) return found;
  for (const [file, name, reason] of INTERNAL_CLASSES) {
    // WHY by file: aws-cdk-lib's package exports do not include it, and require.cache is keyed by file.
    // (A loader or bundler may give no require.cache: the class then stays unrecognised, as above.)
    const exports = require.cache?.[path.join(cdkRoot, file)]?.exports as Record<string, unknown> | undefined;
    const cls = exports?.[name];
    if (typeof cls === 'function') found.push([cls as Class, reason]);
  }
  return found;
}

/** The CDK helpers among one run's resources. */
export class CdkHelpers {
  /** Constructs whose whole subtree a CDK construct created as its handler. */
  private readonly handlers = new Map<IConstruct, string>();
  private readonly memo = new Map<IConstruct, string | null>();

  private readonly internalClasses = loadedInternalClasses();

  constructor(resources: readonly CfnResource[]) {
    for (const r of resources) {
      const type = r.cfnResourceType;
      if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') this.markHandler(r, type);
    }
  }

  /** What CDK helper the resource is, or undefined when it is the user's. */
  reasonFor(resource: IConstruct): string | undefined {
    return this.reasonAt(resource, resource) ?? undefined;
  }

  private reasonAt(c: IConstruct, resource: IConstruct): string | null {
    if (c === resource) {
      const own = this.handlers.get(c);
      if (own !== undefined) return own;
      return c.node.scope ? this.reasonAt(c.node.scope, resource) : null;
    }
    const known = this.memo.get(c);
    if (known !== undefined) return known;
    const provider = PROVIDER_FQNS.get(fqnOf(c) ?? '');
    // The provider's own default child is the user's resource (the lifecycle hook itself), not a helper.
    let reason = provider ? (isDefaultChildPath(c, resource) ? null : provider) : this.internalClassOf(c);
    reason ??= this.handlers.get(c) ?? null;
    if (reason === null && c.node.scope) reason = this.reasonAt(c.node.scope, resource);
    // Only a construct's own answer is memoised: a provider's default child differs from its siblings.
    if (!provider) this.memo.set(c, reason);
    return reason;
  }

  /** The reason of the helper class `c` is an instance of, if any. */
  private internalClassOf(c: IConstruct): string | null {
    for (const [cls, reason] of this.internalClasses) if (c instanceof cls) return reason;
    return null;
  }

  /**
   * A custom resource made by a CDK construct (the nearest construct above it that CDK defines and
   * that is not app structure): the construct its ServiceToken points at is that construct's handler.
   */
  private markHandler(custom: CfnResource, type: string): void {
    let creator: IConstruct | undefined = custom.node.scope;
    while (creator) {
      const fqn = fqnOf(creator);
      if (fqn?.startsWith('aws-cdk-lib.') && !NOT_A_CREATOR.has(fqn)) break;
      if (fqn && NOT_A_CREATOR.has(fqn) && fqn !== 'aws-cdk-lib.CustomResource') return;
      creator = creator.node.scope;
    }
    if (!creator) return;
    const token = serviceToken(custom);
    const target = token === undefined ? undefined : referencedResource(token);
    if (!target?.node.scope) return;
    const reason =
      HANDLER_BY_TYPE.get(type.replace(/^(Custom::CDKBucketDeployment).*$/, '$1')) ?? `CDK ${shortName(fqnOf(creator)!)} handler`;
    this.handlers.set(target.node.scope, reason);
  }
}

function isDefaultChildPath(provider: IConstruct, resource: IConstruct): boolean {
  const d = provider.node.defaultChild;
  return d !== undefined && (d === resource || resource.node.scopes.includes(d));
}

function serviceToken(custom: CfnResource): unknown {
  const props = (custom as unknown as { _cfnProperties?: Record<string, unknown> })._cfnProperties;
  return props?.ServiceToken ?? props?.serviceToken;
}

/** The CloudFormation resource a `Fn::GetAtt`/`Ref` token points at. */
function referencedResource(token: unknown): IConstruct | undefined {
  const resolvable = typeof token === 'string' ? Tokenization.reverseString(token).firstToken : Tokenization.reverse(token);
  if (!resolvable || !Reference.isReference(resolvable)) return undefined;
  const target = resolvable.target;
  return CfnResource.isCfnResource(target) ? target : undefined;
}

function shortName(fqn: string): string {
  return fqn.slice(fqn.lastIndexOf('.') + 1);
}
