import * as fs from 'fs';
import * as path from 'path';
import { CATEGORIES, type Category } from '../../lib/model/duty';
import { LazyCatalog, lazyArray, type ServiceModule } from '../../lib/model/lazy-catalog';
import { resolveOptions } from '../../lib/options';
import { dutiesByType } from '../../lib/private/dispatch';
import { catalog, catalogIndex, resourceTypes } from '../../rules';
import { withEquivalents } from '../../rules/cdk-nag-equivalents';
import { judgeOnSam } from '../../rules/sam';
import { withSam } from '../../rules/sam-targets';

const RULES = path.join(__dirname, '..', '..', 'rules');
const manifest = catalogIndex.manifest();

/** The shipped catalog's loaders (cdk-nag equivalents, then SAM expansions, as rules/index.ts), counting what they load. */
function countingCatalog(): { lazy: LazyCatalog; loaded: string[] } {
  const loaded: string[] = [];
  const loaders = Object.fromEntries(
    manifest.services.map((s) => [
      s.name,
      () => {
        loaded.push(s.name);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const m = require(path.join(RULES, s.name)) as ServiceModule;
        return { duties: withSam(m.duties.map(withEquivalents), () => judgeOnSam), resourceTypes: m.resourceTypes };
      },
    ]),
  );
  return { lazy: new LazyCatalog(loaders, manifest), loaded };
}

const summary = (d: { id: string; resourceTypes: readonly string[] }) => `${d.id} ${d.resourceTypes.join(',')}`;

describe('the lazy catalog', () => {
  it('registers every service folder', () => {
    const folders = fs.readdirSync(RULES).filter((f) => fs.statSync(path.join(RULES, f)).isDirectory());
    expect(manifest.services.map((s) => s.name).sort()).toEqual(folders.sort());
  });

  it('lists every duty and type in catalog order, as loading every service at once did', () => {
    expect(manifest.services.flatMap((s) => s.duties.map((d) => d.id))).toEqual(catalog.map((d) => d.id));
    expect(catalogIndex.allResourceTypes()).toEqual([...resourceTypes]);
    expect([...catalogIndex.resourceTypes.keys()]).toEqual([...new Set(resourceTypes.map((t) => t.type))]);
  });

  it('validates options and chooses duties without loading any', () => {
    const { lazy, loaded } = countingCatalog();
    const options = resolveOptions({ severityOverrides: { 's3-bucket-versioning': 'info' } }, lazy);
    expect(() => resolveOptions({ severityOverrides: { 'no-such-duty': 'info' } }, lazy)).toThrow(/unknown duty 'no-such-duty'/);
    expect(options.dutyIds).toHaveLength(catalog.length);
    expect(loaded).toEqual([]);
    options.dispatch.get('AWS::SQS::Queue');
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded).toEqual(
      manifest.services.filter((s) => s.duties.some((d) => d.resourceTypes.includes('AWS::SQS::Queue'))).map((s) => s.name),
    );
  });

  it('knows every duty id and the enabled categories without loading any duty', () => {
    // What a synth reads of the catalog besides its resources' types: the ids for the review of acknowledgements,
    // the categories for the results file. Reading the duties for them loaded every service (230 ms of a small app's synth).
    const { lazy, loaded } = countingCatalog();
    const options = resolveOptions({ categories: ['data-protection', 'resilience'] }, lazy);
    expect(new Set(options.dutyById.keys()).size).toBe(catalog.length);
    expect([...options.dutyCategories].sort()).toEqual(['data-protection', 'resilience']);
    expect(loaded).toEqual([]);
    const all = resolveOptions({}, lazy);
    expect([...all.dutyCategories].sort()).toEqual([...new Set(catalog.map((d) => d.category))].sort());
    expect(loaded).toEqual([]);
  });

  it.each([[[...CATEGORIES]], [['data-protection', 'resilience'] as Category[]]])(
    'dispatches, by type, the same duties in the same order as the whole catalog (%j)',
    (categories) => {
      const eager = dutiesByType(catalog.filter((d) => categories.includes(d.category)));
      const options = resolveOptions({ categories }, countingCatalog().lazy);
      expect([...options.dispatch.keys()].sort()).toEqual([...eager.keys()].sort());
      // By id and types: a SAM-extended duty's evaluator is a new closure each time a service loads.
      for (const [type, duties] of eager) expect(options.dispatch.get(type)!.map(summary)).toEqual(duties.map(summary));
      expect(options.dispatch.get('AWS::No::Such')).toBeUndefined();
      expect(options.dutyById.get('s3-bucket-versioning')).toEqual(catalog.find((d) => d.id === 's3-bucket-versioning'));
      expect(options.dutyById.get('no-such-duty')).toBeUndefined();
      expect(options.resourceTypes.get('AWS::S3::Bucket')).toEqual(resourceTypes.find((t) => t.type === 'AWS::S3::Bucket'));
    },
  );

  it('exports arrays that load on first read', () => {
    let loads = 0;
    const list = lazyArray(() => {
      loads++;
      return ['a', 'b'];
    });
    expect(loads).toBe(0);
    expect(Array.isArray(list)).toBe(true);
    expect(list).toEqual(['a', 'b']);
    expect([...list]).toEqual(['a', 'b']);
    expect(list.map((x) => x.toUpperCase())).toEqual(['A', 'B']);
    expect(JSON.stringify(list)).toBe('["a","b"]');
    expect(loads).toBe(1);
  });
});
