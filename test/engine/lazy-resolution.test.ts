import { App, CfnResource, Lazy, Stack } from 'aws-cdk-lib';
import { resolveOptions } from '../../lib/options';
import { collect } from '../../lib/private/collect';
import { lazyRecord, toRecord } from '../../lib/private/resolve';
import { runEngine } from '../../lib/private/run';
import { catalogIndex } from '../../rules';
import { DIFFERENTIAL_CORPUS } from '../apps/shapes/differential-corpus';

/**
 * The aspect resolves a resource of a type without duties only when something first reads its
 * properties (`lazyRecord`: a route, a subnet association), and builds the index's referrers by type
 * on first use. Whatever is read, and in whatever order, the outcomes must be those of resolving
 * every resource first: for a corpus of real apps, the examples, the conformance templates and
 * escape hatches, every result (outcome, severity, detail, waiver, helper) of the engine's run must
 * equal the eager run's, and every lazy record of any type, once read, must equal the eagerly
 * resolved one.
 */
const options = resolveOptions({}, catalogIndex);

const CORPUS = DIFFERENTIAL_CORPUS;

describe('lazy resolution gives the outcomes of resolving every resource first', () => {
  it.each(CORPUS)('%s', (_name, build, context) => {
    const app = new App({ context });
    build(app);
    // After CDK's prepareApp, as at the first stack's synthesis where the aspect runs (cross-stack references replaced).
    app.synth();
    const eager = runEngine(app, options, { enterStages: true, from: 'constructs', eager: true });
    const lazy = runEngine(app, options, { enterStages: true, from: 'constructs' });
    expect(eager.resources.length).toBeGreaterThan(0);
    expect(lazy.uncoveredTypes).toEqual(eager.uncoveredTypes);
    expect(lazy.resources.map((r) => r.path)).toEqual(eager.resources.map((r) => r.path));
    for (let i = 0; i < eager.resources.length; i++) expect(lazy.resources[i]).toEqual(eager.resources[i]);

    const { resources } = collect([app], { enterStages: true, skipPaths: [] });
    for (const c of resources)
      expect({ path: c.node.path, record: { ...lazyRecord(c) } }).toEqual({ path: c.node.path, record: toRecord(c) });
  });

  it('reports a resource that cannot be resolved as unknown, as the eager run does', () => {
    // Not synthesized: CDK's own synth would fail on it; the checks must not.
    const app = new App();
    const stack = new Stack(app, 'Hatches');
    new CfnResource(stack, 'Unresolvable', {
      type: 'AWS::SQS::Queue',
      properties: {
        KmsMasterKeyId: Lazy.string({
          produce: () => {
            throw new Error('no key yet');
          },
        }),
      },
    });
    const eager = runEngine(app, options, { enterStages: true, from: 'constructs', eager: true });
    const lazy = runEngine(app, options, { enterStages: true, from: 'constructs' });
    expect(lazy.resources).toEqual(eager.resources);
    const unresolvable = lazy.resources.find((r) => r.path === 'Hatches/Unresolvable');
    expect(unresolvable?.duties.length).toBeGreaterThan(0);
    for (const d of unresolvable!.duties) {
      expect(d.outcome).toBe('unknown');
      expect(d.detail).toMatch(/could not be resolved \(.*no key yet/);
    }
  });

  it('never resolves a resource that no duty evaluates and no duty reads', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    let rendered = 0;
    const counted = (value: string) =>
      Lazy.string({
        produce: () => {
          rendered++;
          return value;
        },
      });
    new CfnResource(stack, 'Route', { type: 'AWS::EC2::Route', properties: { RouteTableId: counted('rtb-1'), GatewayId: 'igw-1' } });
    new CfnResource(stack, 'Queue', { type: 'AWS::SQS::Queue', properties: { QueueName: counted('q') } });
    const out = runEngine(app, options, { enterStages: true, from: 'constructs' });
    expect(out.resources.map((r) => r.type)).toContain('AWS::SQS::Queue');
    // The queue's duties read it: resolved once (the record keeps what it read); the route never.
    expect(rendered).toBe(1);
  });
});
