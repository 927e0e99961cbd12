import { type CfnResource, Stack } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';

/**
 * The resources the aspect resolved, handed to CDK so that it does not resolve them again.
 *
 * CDK writes a stack's template from `stack.resolve(resource._toCloudFormation())` of each of its
 * resources (`Stack._toCloudFormation`), which is exactly what the aspect computes to judge a
 * resource. While a hand-over is open, each resource the aspect resolved returns that resolved
 * fragment from its own `_toCloudFormation`, so CDK's resolution of it is a copy of plain data: at
 * 5,000 resources CDK's `_toCloudFormation` of every stack went from about 570 to 185 ms, which
 * is most of what the aspect's own resolution costs (docs/performance.md). It also means the
 * template CDK writes is the one the checks judged, an uncached `Lazy` included.
 *
 * WHY only while the stacks are synthesized: the fragment is the resource as it was when judged. The
 * aspect judges at the first stack's synthesis (see aroundSynthesis), after every construct
 * validation and aspect; a stack's fragments are given back once its template is written (when CDK
 * starts on the next stack), the rest when the synth returns (a microtask) and at the next synth of
 * the app before anything else (the aspect's visit), so a later change to the app is never hidden by
 * a stale fragment.
 */
export class HandOver {
  /** The open hand-over of the app `scope` is in, shared by every instance of the checks there. */
  static of(scope: IConstruct): HandOver {
    const root = scope.node.root;
    let h = BY_ROOT.get(root);
    if (!h) {
      BY_ROOT.set(root, (h = new HandOver(root)));
      // Synthesis is synchronous: a microtask runs once this synth has returned or thrown.
      queueMicrotask(() => h!.close());
    }
    return h;
  }

  /** By the stack whose template holds them, to give them back once it is written. */
  private readonly handed = new Map<Stack, Set<CfnResource>>();
  private readonly paths = new Set<string>();

  private constructor(private readonly root: IConstruct) {}

  /** Hands `fragment` (the resolved `_toCloudFormation()` of `cfn`) to CDK; false when `cfn` already has a `_toCloudFormation` of its own. */
  keep(cfn: CfnResource, fragment: unknown): boolean {
    const stack = Stack.of(cfn);
    let inStack = this.handed.get(stack);
    if (inStack?.has(cfn)) return true;
    if (Object.prototype.hasOwnProperty.call(cfn, RENDER)) return false;
    try {
      Object.defineProperty(cfn, RENDER, { value: () => fragment, configurable: true, writable: true, enumerable: false });
    } catch {
      return false;
    }
    if (!inStack) this.handed.set(stack, (inStack = new Set()));
    inStack.add(cfn);
    this.paths.add(cfn.node.path);
    return true;
  }

  /**
   * CDK renders the resources of `stack` itself again: its template is written. WHY as soon as
   * that: the fragments of a large app are a large share of the heap, and CDK's own synthesis of the
   * later stacks makes the garbage collector go over whatever is kept alive.
   */
  release(stack: Stack): void {
    const inStack = this.handed.get(stack);
    if (!inStack) return;
    for (const cfn of inStack) delete (cfn as unknown as Record<string, unknown>)[RENDER];
    this.handed.delete(stack);
  }

  /** Whether CDK renders the resource at `cfnPath` from the fragment the checks judged. */
  has(cfnPath: string): boolean {
    return this.paths.has(cfnPath);
  }

  /** CDK renders every resource itself again. */
  close(): void {
    for (const stack of [...this.handed.keys()]) this.release(stack);
    this.paths.clear();
    if (BY_ROOT.get(this.root) === this) BY_ROOT.delete(this.root);
  }
}

const RENDER = '_toCloudFormation';
const BY_ROOT = new WeakMap<IConstruct, HandOver>();

/** Gives back what was handed over in `stack`, once its template is written. */
export function releaseHandOver(stack: Stack): void {
  BY_ROOT.get(stack.node.root)?.release(stack);
}

/** Closes the hand-over of the app `scope` is in: called when the app is synthesized again, before anything is resolved. */
export function closeHandOver(scope: IConstruct): void {
  BY_ROOT.get(scope.node.root)?.close();
}
