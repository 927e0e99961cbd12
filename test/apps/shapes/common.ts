import { App } from 'aws-cdk-lib';
import type { Outcome, Results } from '../../../lib/results';
import { type Checked, check, expectSane } from '../../adversarial/support';

export type Variant = 'secure' | 'insecure';

export interface Finding {
  readonly duty: string;
  /** Owner construct path (absolute). */
  readonly path: string;
  /** @default 'unconfigured' */
  readonly outcome?: Extract<Outcome, 'unconfigured' | 'unknown'>;
}

/** A shape of app people build, in a well-configured and an insecure variant. */
export interface AppShape {
  readonly name: string;
  /** Builds the app's stacks (or Stages) in the App. */
  readonly build: (app: App, variant: Variant) => void;
  /** Error findings the insecure variant must produce, by duty id and construct path. */
  readonly insecureFindings: readonly Finding[];
  /** Duties the secure variant waives with `Validations.of(c).acknowledge`, by construct path: they must show as waived. */
  readonly waivers?: readonly Omit<Finding, 'outcome'>[];
  /** App context (feature flags). */
  readonly context?: Record<string, unknown>;
  /**
   * Error findings of the secure variant that are false positives of a duty (a bug to fix in rules/, reported with the
   * AWS documentation that shows it). Exact (duty, path) pairs: they are left out of the "no error" test, and a separate
   * `it.failing` asserts there is no error at all, so the fix flips it.
   */
  readonly knownFalsePositives?: readonly (Omit<Finding, 'outcome'> & { readonly bug: string })[];
}

export const ENV = { account: '111111111111', region: 'eu-west-1' };

export function synthShape(shape: AppShape, variant: Variant): Checked {
  const app = new App({ context: shape.context });
  shape.build(app, variant);
  return check(app);
}

/** Error-severity findings (unconfigured or unknown): what fails `cdk synth`. */
export function errorFindings(results: Results): string[] {
  const out: string[] = [];
  for (const r of results.resources) {
    for (const d of r.duties) {
      if ((d.outcome === 'unconfigured' || d.outcome === 'unknown') && d.severity === 'error')
        out.push(`${r.path} [${d.dutyId}] ${d.outcome}: ${(d.detail ?? '').slice(0, 160)}`);
    }
  }
  return out.sort();
}

/** One describe block per shape: the secure variant has no error, the insecure one has the expected findings. */
export function describeShape(shape: AppShape): void {
  describe(shape.name, () => {
    describe('well configured', () => {
      let checked: Checked;
      beforeAll(() => {
        checked = synthShape(shape, 'secure');
      });

      it('synthesizes with sane results', () => {
        expectSane(checked);
      });

      it('answers every resource type: each is covered by a duty or classified as carrying none of its own', () => {
        expect(checked.results.uncoveredTypes).toEqual([]);
      });

      const known = shape.knownFalsePositives ?? [];
      const isKnown = (path: string, text: string) => known.some((k) => path === k.path && text.includes(`[${k.duty}]`));

      it(`has no error-severity finding${known.length > 0 ? ' besides the known false positives' : ' (synth succeeds)'}`, () => {
        expect(errorFindings(checked.results).filter((f) => !known.some((k) => f.startsWith(`${k.path} [${k.duty}]`)))).toEqual([]);
        expect(
          checked.messages
            .filter((m) => m.level === 'error' && !isKnown(m.path.slice(1), m.text))
            .map((m) => `${m.path} ${m.text.slice(0, 120)}`),
        ).toEqual([]);
        if (known.length === 0) expect(checked.synthError).toBeUndefined();
      });

      if (known.length > 0) {
        it('reports each known false positive as an error (so this list stays exact)', () => {
          for (const k of known) expect(errorFindings(checked.results).some((f) => f.startsWith(`${k.path} [${k.duty}]`))).toBe(true);
        });
        it.failing(`has no error-severity finding at all (BUG: ${[...new Set(known.map((k) => k.bug))].join('; ')})`, () => {
          expect(errorFindings(checked.results)).toEqual([]);
        });
      }

      if (shape.waivers && shape.waivers.length > 0) {
        it('keeps its waivers in the results, with their reasons', () => {
          for (const w of shape.waivers!) {
            const d = checked.results.resources.find((r) => r.path === w.path)?.duties.find((x) => x.dutyId === w.duty);
            expect({ ...w, outcome: d?.outcome, hasReason: Boolean(d?.waiver?.reason) }).toEqual({
              ...w,
              outcome: 'waived',
              hasReason: true,
            });
          }
        });
      }
    });

    describe('insecure', () => {
      let checked: Checked;
      beforeAll(() => {
        checked = synthShape(shape, 'insecure');
      });

      it('synthesizes with sane results', () => {
        expectSane(checked);
      });

      it('answers every resource type', () => {
        expect(checked.results.uncoveredTypes).toEqual([]);
      });

      it.each(shape.insecureFindings.map((f) => [`${f.duty} on ${f.path}`, f] as const))('reports %s', (_name, f) => {
        const d = checked.results.resources.find((r) => r.path === f.path)?.duties.find((x) => x.dutyId === f.duty);
        expect({ ...f, outcome: d?.outcome }).toEqual({ ...f, outcome: f.outcome ?? 'unconfigured' });
      });
    });
  });
}
