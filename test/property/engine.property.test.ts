import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { scanTemplate } from '../../lib/scan';
import { OUTCOMES, type Results } from '../../lib/results';
import { catalog } from '../../rules';
import { mutatedSeed, type Seed, type Template, templateWith } from './arbitraries';
import type { Reproducer } from './seeds/find-reproducers';
import { checkMutation, interestingPositions, NO_VALUE, outcomeMap, type Property } from './soundness';
import { coveredTypes } from './vocabulary';

/**
 * Property tests of the engine through `scanTemplate` (the same evaluateAll a synth runs), on
 * generated templates: arbitrary property trees for every covered resource type, and real
 * templates captured from the rule tests with hostile mutations. Runs are reproducible: the seed
 * is fixed unless FC_SEED is set (a failure prints the seed and the shrunk counterexample).
 */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20260601;
const RUNS_PER_TYPE = 60;
const MUTATED_RUNS = 3500;
const SOUNDNESS_RUNS = 1200;

const seeds = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'property-seeds.json'), 'utf8')) as Seed[];
const reproducers = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'soundness-reproducers.json'), 'utf8'),
) as Reproducer[];
const dutiesOf = new Map<string, string[]>();
for (const d of catalog) for (const t of d.resourceTypes) dutiesOf.set(t, [...(dutiesOf.get(t) ?? []), d.id]);

/**
 * Duties whose evaluator throws a plain error (not an unresolved or unexpected value) on some
 * generated input, with the error. Each is a bug in that duty; the lead removes the entry with
 * the fix. None is known today: the list is exact, so a new offender fails the test.
 */
const KNOWN_EVALUATOR_ERRORS: Readonly<Record<string, string>> = {};

/**
 * Duties known to break a soundness property (see soundness.ts), by property. Each entry has a
 * reproducer in test/fixtures/soundness-reproducers.json (found and shrunk by
 * seeds/find-reproducers.ts) that runs below as an `it.failing`: when a duty is fixed its
 * reproducer passes, the it.failing fails, and the entry comes out of this list.
 *
 * A resource that attaches evidence to another one through a reference (a queue policy's Queues,
 * an EIP's InstanceId, a role's ManagedPolicyArns) used to be linked only when the reference was a
 * plain Ref/GetAtt, so an Fn::If or a parameter dropped the link: the target read as configured
 * ("no policy") and, where the attaching resource was not evaluated on its own, its finding
 * vanished. ResourceIndex.attachments now keeps a link that may name the target, and the duties
 * settle it (unknown) where it could change the verdict. All three lists are empty today, and exact:
 * a duty that breaks a property fails the sampled tests below.
 */
const KNOWN_UNSOUND: Readonly<Record<Property, readonly string[]>> = {
  branch: [],
  // Value.list() makes the read unknown when an element is an Fn::If with an AWS::NoValue branch (it may not exist).
  removal: [],
  preserve: [],
  // An Fn::If is read branch by branch (lib/private/branches.ts): a condition that changes no verdict leaves it decided.
  decided: [],
};

interface Problems {
  readonly structural: string[];
  readonly evaluatorErrors: Map<string, string>;
}

/** What must hold of the results of any template: each covered resource once, each of its duties once, one outcome each. */
function structuralProblems(template: Template, results: Results): string[] {
  const problems: string[] = [];
  const expected = Object.entries(template.Resources).filter(([, r]) => typeof r?.Type === 'string' && dutiesOf.has(r.Type as string));
  // Resources of a type with no duty of its own are listed too (with none); they are checked apart.
  for (const r of results.resources)
    if (!dutiesOf.has(r.type) && r.duties.length > 0) problems.push(`${r.logicalId}: a type without duties has duties`);
  const byId = new Map(results.resources.filter((r) => r.type !== 'AWS::Account' && dutiesOf.has(r.type)).map((r) => [r.logicalId, r]));
  if (byId.size !== expected.length) problems.push(`expected ${expected.length} resources in the results, got ${byId.size}`);
  for (const [id, r] of expected) {
    const result = byId.get(id);
    if (!result) {
      problems.push(`${id} (${String(r.Type)}) is missing from the results`);
      continue;
    }
    const ids = result.duties.map((d) => d.dutyId);
    const want = dutiesOf.get(r.Type as string)!;
    if (ids.length !== want.length || want.some((w) => !ids.includes(w)))
      problems.push(`${id}: duties ${ids.join(',')} instead of ${want.join(',')}`);
    for (const d of result.duties) {
      if (!OUTCOMES.includes(d.outcome)) problems.push(`${id} ${d.dutyId}: outcome ${String(d.outcome)}`);
      if ((d.outcome === 'unconfigured' || d.outcome === 'unknown') && !d.detail)
        problems.push(`${id} ${d.dutyId}: finding without a detail`);
    }
  }
  // The results must survive serialization (they are written as JSON).
  JSON.stringify(results);
  return problems;
}

function evaluate(template: Template, problems: Problems): void {
  const results = scanTemplate(template);
  problems.structural.push(...structuralProblems(template, results));
  for (const r of results.resources) {
    for (const d of r.duties) {
      if (d.evaluatorError && !(d.dutyId in KNOWN_EVALUATOR_ERRORS)) problems.evaluatorErrors.set(d.dutyId, d.evaluatorError);
    }
  }
}

function freshProblems(): Problems {
  return { structural: [], evaluatorErrors: new Map() };
}

function expectNone(problems: Problems): void {
  expect({ structural: problems.structural.slice(0, 5), evaluatorErrors: Object.fromEntries(problems.evaluatorErrors) }).toEqual({
    structural: [],
    evaluatorErrors: {},
  });
}

describe('the engine on generated property trees', () => {
  it('covers every resource type of the catalog', () => {
    expect(coveredTypes.length).toBeGreaterThan(100);
  });

  // One property per type, so a failure names the type; companions of any type share the template.
  it.each(coveredTypes)('%s: never throws, every duty ends in one outcome, no evaluator error', (type) => {
    const problems = freshProblems();
    fc.assert(
      fc.property(templateWith(type), (template) => {
        evaluate(template, problems);
        return problems.structural.length === 0 && problems.evaluatorErrors.size === 0;
      }),
      { seed: SEED, numRuns: RUNS_PER_TYPE },
    );
    expectNone(problems);
  });
});

describe('the engine on real templates with hostile mutations', () => {
  it(`never throws, every duty ends in one outcome, no evaluator error (${MUTATED_RUNS} templates)`, () => {
    const problems = freshProblems();
    fc.assert(
      fc.property(mutatedSeed(seeds), (template) => {
        evaluate(template, problems);
        return problems.structural.length === 0 && problems.evaluatorErrors.size === 0;
      }),
      { seed: SEED, numRuns: MUTATED_RUNS },
    );
    expectNone(problems);
  });

  it('lists as known evaluator errors only duties that exist', () => {
    expect(Object.keys(KNOWN_EVALUATOR_ERRORS).filter((id) => !catalog.some((d) => d.id === id))).toEqual([]);
  });
});

describe('an unresolvable value is never reported as configured, and never loses a finding', () => {
  // Candidate mutations: (seed, resource, position), indexed once.
  const candidates: { seed: number; resource: string; at: (string | number)[] }[] = [];
  seeds.forEach((s, i) => {
    for (const [id, r] of Object.entries(s.Resources))
      for (const at of interestingPositions(r.Properties ?? {})) candidates.push({ seed: i, resource: id, at });
  });
  const baseCache = new Map<number, ReturnType<typeof outcomeMap>>();
  const base = (i: number) => baseCache.get(i) ?? baseCache.set(i, outcomeMap(scanTemplate(seeds[i]))).get(i)!;

  it(`holds for the branch, removal and preserve properties outside the known-unsound duties (${SOUNDNESS_RUNS} mutations)`, () => {
    const unexpected = new Map<string, string>();
    fc.assert(
      fc.property(
        fc.nat({ max: candidates.length - 1 }),
        fc.constantFrom<unknown>(NO_VALUE, { Ref: 'Param' }, { 'Fn::ImportValue': 'shared' }),
        (c, alt) => {
          const { seed, resource, at } = candidates[c];
          for (const v of checkMutation(seeds[seed], { resource, at, alt }, base(seed))) {
            if (!KNOWN_UNSOUND[v.property].includes(v.dutyId))
              unexpected.set(
                `${v.property} ${v.dutyId}`,
                `${v.detail} (seed ${seed}, ${resource} ${at.join('.')}, alt ${JSON.stringify(alt)})`,
              );
          }
          return unexpected.size === 0;
        },
      ),
      { seed: SEED, numRuns: SOUNDNESS_RUNS },
    );
    expect(Object.fromEntries(unexpected)).toEqual({});
  });

  it('holds at the root: Properties that are an Fn::If never read as configured unless both branches do', () => {
    // A generated resource of each type, and the same with its whole Properties replaced by Fn::If of it and nothing.
    const unexpected: string[] = [];
    fc.assert(
      fc.property(
        fc.constantFrom(...coveredTypes).chain((t) => templateWith(t, 0)),
        (template) => {
          const resource = template.Resources.R0;
          const props = resource.Properties;
          if (props === null || typeof props !== 'object' || Array.isArray(props)) return true;
          for (const v of checkMutation(template, { resource: 'R0', at: [], alt: NO_VALUE }).filter((x) => x.property === 'branch')) {
            if (!KNOWN_UNSOUND.branch.includes(v.dutyId)) unexpected.push(`${String(resource.Type)} ${v.dutyId}: ${v.detail}`);
          }
          return unexpected.length === 0;
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
    expect(unexpected).toEqual([]);
  });

  describe('an opaque object (the Fn::GetAtt of a custom resource, as CfnJson writes) standing for the whole Properties', () => {
    // Sound: a single-resource template has no policy resource, so "no policy attached" holds whatever the properties are.
    const READS_NO_OWN_PROPERTY = [
      's3-bucket-policy-cross-account-restricted',
      's3-bucket-policy-no-public-access',
      's3-bucket-policy-no-wildcard-actions',
      's3-bucket-single-bucket-policy',
      'secretsmanager-secret-policy-no-wildcard-actions',
      'secretsmanager-secret-policy-not-public',
      'sns-topic-policy-no-wildcard-actions',
      'sns-topic-policy-not-public',
      'sns-topic-single-topic-policy',
      'sqs-queue-policy-no-wildcard-actions',
      'sqs-queue-policy-not-public',
      'sqs-queue-single-queue-policy',
    ];
    // Value.at() below a token (an Fn::GetAtt of a custom resource here) yields a value that is unknown on every read,
    // isSet() included: a Ref or GetAtt counts as set only at the path it was read at. Empty, and exact: a duty that
    // reads a key below an opaque object as set or absent fails the test above.
    const KNOWN_UNSOUND_OPAQUE: readonly string[] = [];
    const configuredOf = (type: string) =>
      scanTemplate({ Resources: { R: { Type: type, Properties: { 'Fn::GetAtt': ['JsonResource', 'Value'] } } } })
        .resources.filter((r) => r.logicalId === 'R')
        .flatMap((r) => r.duties.filter((d) => d.outcome === 'configured').map((d) => d.dutyId));

    it('never reads as configured outside the known-unsound duties, for every covered type', () => {
      const unexpected = coveredTypes.flatMap((t) =>
        configuredOf(t)
          .filter((id) => !READS_NO_OWN_PROPERTY.includes(id) && !KNOWN_UNSOUND_OPAQUE.includes(id))
          .map((id) => `${t} ${id}`),
      );
      expect(unexpected).toEqual([]);
    });

    for (const dutyId of KNOWN_UNSOUND_OPAQUE) {
      it.failing(`BUG: ${dutyId} reads a key below an opaque Fn::GetAtt as set`, () => {
        const types = catalog.find((d) => d.id === dutyId)!.resourceTypes;
        expect(types.filter((t) => configuredOf(t).includes(dutyId))).toEqual([]);
      });
    }
  });

  it('has exactly one reproducer for each known-unsound duty', () => {
    const listed = Object.entries(KNOWN_UNSOUND)
      .flatMap(([p, ids]) => ids.map((id) => `${p} ${id}`))
      .sort();
    expect(reproducers.map((r) => `${r.property} ${r.dutyId}`).sort()).toEqual(listed);
  });

  describe('reproducers of known-unsound duties (flip to `it` when fixed, and drop the duty from KNOWN_UNSOUND)', () => {
    for (const r of reproducers) {
      it.failing(
        `BUG: ${r.dutyId} breaks '${r.property}' when ${r.mutation.resource}.${r.mutation.at.join('.')} is an Fn::If with ${JSON.stringify(r.mutation.alt)}`,
        () => {
          expect(checkMutation(r.template, r.mutation).filter((v) => v.property === r.property && v.dutyId === r.dutyId)).toEqual([]);
        },
      );
    }
  });
});
