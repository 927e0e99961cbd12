import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Stage } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Log as SarifLog } from 'sarif';
import { loadResults, loadResultsFile, renderSarif, stackTemplateDirs } from '../../lib/report';
import { synthApp } from '../harness';

const env = { account: '111111111111', region: 'eu-west-1' };

describe('stackTemplateDirs', () => {
  const app = new App();
  new s3.Bucket(new Stack(app, 'Top', { env }), 'Bucket', { enforceSSL: true });
  const outer = new Stage(app, 'Prod');
  new s3.Bucket(new Stack(outer, 'Web', { env }), 'Bucket', { enforceSSL: true });
  new s3.Bucket(new Stack(new Stage(outer, 'Eu'), 'Api', { env }), 'Bucket', { enforceSSL: true });
  const { results } = synthApp(app);

  it('finds each stack template, including those of Stages nested in Stages', () => {
    const dirs = stackTemplateDirs(app.outdir);
    expect(Object.fromEntries(dirs)).toEqual(
      expect.objectContaining({ Top: '', 'Prod/Web': 'assembly-Prod', 'Prod/Eu/Api': path.join('assembly-Prod', 'assembly-Prod-Eu') }),
    );
    const stacks = results.resources.filter((r) => r.templateFile !== undefined);
    expect(stacks.length).toBeGreaterThan(2);
    for (const r of stacks) expect(fs.existsSync(path.join(app.outdir, dirs.get(r.stackPath) ?? '?', r.templateFile ?? '?'))).toBe(true);
  });

  it("lets SARIF point at the template in the Stage's assembly", () => {
    const sarif = renderSarif(results, { repoRoot: app.outdir, cdkOut: '.', templateDirs: stackTemplateDirs(app.outdir) }) as SarifLog;
    const uris = new Set(sarif.runs[0].results?.map((r) => r.relatedLocations?.[0].physicalLocation?.artifactLocation?.uri));
    expect([...uris].map((u) => path.dirname(u ?? '?')).sort()).toEqual(['.', 'assembly-Prod', 'assembly-Prod/assembly-Prod-Eu']);
    for (const uri of uris) expect(fs.existsSync(path.join(app.outdir, uri ?? '?'))).toBe(true);
  });

  it('is empty for a directory without a manifest', () => {
    expect(stackTemplateDirs(fs.mkdtempSync(path.join(os.tmpdir(), 'no-manifest-'))).size).toBe(0);
  });
});

describe('loadResults', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'load-results-'));

  it('fails with one line when the cloud assembly has no results file', () => {
    expect(() => loadResults(dir)).toThrow(
      `no shared-responsibility.results.json in ${dir}: synthesize the app with SharedResponsibilityChecks first`,
    );
  });

  it.each([
    ['not JSON', '{', /is not valid JSON: /],
    [
      'another JSON file',
      '{"Resources": {}}',
      /is not a shared-responsibility results file \(expected schemaVersion 2 and a resources list\)$/,
    ],
    [
      'results of a schema version this version does not know',
      '{"schemaVersion": 3, "resources": []}',
      /has results schemaVersion 3; this version reads 1 and 2: synthesize again with this version of the checks$/,
    ],
  ])('fails with one line on a file that is %s', (_, text, message) => {
    const file = path.join(dir, 'baseline.json');
    fs.writeFileSync(file, text);
    expect(() => loadResultsFile(file)).toThrow(message);
  });
});
