import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffWithBaseline, loadResultsFile } from '../../lib/report';
import type { Results } from '../../lib/results';
import { HOSTILE_ID, synthReportApp } from './fixtures';

const { results } = synthReportApp();
const findingCount = results.resources
  .flatMap((r) => r.duties)
  .filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown').length;

/** The results with one duty on one construct set to another outcome, as an earlier run might have had it. */
function withOutcome(constructPath: string, dutyId: string, outcome: 'configured' | 'unknown' | 'waived'): Results {
  return {
    ...results,
    resources: results.resources.map((r) =>
      r.path !== constructPath ? r : { ...r, duties: r.duties.map((d) => (d.dutyId === dutyId ? { ...d, outcome } : d)) },
    ),
  };
}

describe('diffWithBaseline', () => {
  it('counts every finding as new without a baseline', () => {
    const diff = diffWithBaseline(results);
    expect(diff.added).toHaveLength(findingCount);
    expect(diff.existing).toEqual([]);
  });

  it('finds nothing new against the same results', () => {
    const diff = diffWithBaseline(results, results);
    expect(diff.added).toEqual([]);
    expect(diff.existing).toHaveLength(findingCount);
  });

  it('reports a finding as new when the baseline had the duty configured or waived there', () => {
    for (const outcome of ['configured', 'waived'] as const) {
      const diff = diffWithBaseline(results, withOutcome(`Review/${HOSTILE_ID}`, 's3-bucket-require-tls', outcome));
      expect(diff.added.map((f) => [f.duty.dutyId, f.resource.path])).toEqual([['s3-bucket-require-tls', `Review/${HOSTILE_ID}`]]);
      expect(diff.existing).toHaveLength(findingCount - 1);
    }
  });

  it('does not report a finding as new when the baseline had it unknown rather than unconfigured', () => {
    expect(diffWithBaseline(results, withOutcome(`Review/${HOSTILE_ID}`, 's3-bucket-require-tls', 'unknown')).added).toEqual([]);
  });

  it('matches on duty and construct path, not on logical id or source line', () => {
    const moved: Results = {
      ...results,
      resources: results.resources.map((r) => ({ ...r, logicalId: `Renamed${r.logicalId}`, source: undefined })),
    };
    expect(diffWithBaseline(moved, results).added).toEqual([]);
  });

  it('reports findings on a construct the baseline did not have as new', () => {
    const baseline: Results = { ...results, resources: results.resources.filter((r) => r.stackPath !== 'Review') };
    const added = diffWithBaseline(results, baseline).added;
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(added.map((f) => f.resource.stackPath))).toEqual(new Set(['Review']));
  });
});

describe('a baseline saved by an earlier version (results schema 1)', () => {
  /** The results as schema 1 wrote them: the message and controls on every duty result, the AWS side on every resource, no duty text. */
  function asSchema1(r: Results): unknown {
    return {
      schemaVersion: 1,
      tool: r.tool,
      summary: r.summary,
      resources: r.resources.map(({ duties, ...resource }) => ({
        ...resource,
        ...r.resourceTypes[resource.type],
        duties: duties.map(({ detail, ...d }) => ({ ...d, message: detail, controls: r.duties[d.dutyId]?.controls })),
      })),
      uncoveredTypes: r.uncoveredTypes,
      uncoveredStages: r.uncoveredStages,
    };
  }

  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'baseline-v1-')), 'baseline.json');
  fs.writeFileSync(file, JSON.stringify(asSchema1(results)));

  it('is read and migrated, so an upgrade does not turn every known finding into a new one', () => {
    const baseline = loadResultsFile(file);
    expect(baseline.schemaVersion).toBe(2);
    const diff = diffWithBaseline(results, baseline);
    expect(diff.added).toEqual([]);
    expect(diff.existing).toHaveLength(findingCount);
  });

  it("keeps each result's message as its detail and each type's AWS side once", () => {
    const baseline = loadResultsFile(file);
    const some = results.resources.find((r) => r.duties.some((d) => d.detail))!;
    const migrated = baseline.resources.find((r) => r.path === some.path)!;
    expect(migrated.duties).toEqual(some.duties);
    expect(baseline.resourceTypes[some.type]).toEqual(results.resourceTypes[some.type]);
  });

  it('still reports a finding the old baseline did not have', () => {
    const r = results.resources.find((x) => x.duties.some((d) => d.outcome === 'unconfigured'))!;
    const d = r.duties.find((x) => x.outcome === 'unconfigured')!;
    fs.writeFileSync(`${file}.2`, JSON.stringify(asSchema1(withOutcome(r.path, d.dutyId, 'configured'))));
    const diff = diffWithBaseline(results, loadResultsFile(`${file}.2`));
    expect(diff.added.map((f) => [f.resource.path, f.duty.dutyId])).toEqual([[r.path, d.dutyId]]);
  });
});
