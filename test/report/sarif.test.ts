import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import Ajv from 'ajv';
import type * as sarif from 'sarif';
import { renderSarif, SARIF_FINGERPRINT } from '../../lib/report';
import { EXAMPLE_FILE, FIXTURES_FILE, HOSTILE_ID, lineOf, synthReportApp } from './fixtures';

const REPO_ROOT = path.resolve(__dirname, '../..');
const { results, cdkOut } = synthReportApp();
const log = renderSarif(results, { repoRoot: REPO_ROOT, cdkOut }) as sarif.Log;
const run = log.runs[0];
const runResults = run.results ?? [];

/**
 * The official SARIF 2.1.0 schema is draft-04, which Ajv 8 reads once the draft-04 `id` is named
 * `$id` and the meta-schema reference is dropped. One of its patterns (`language`) is valid only as
 * a non-Unicode regular expression. URI formats are not checked (that needs ajv-formats); the URIs
 * are asserted below.
 */
function sarifValidator(): ReturnType<Ajv['compile']> {
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema: _, id, ...schema } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile({
    $id: id as string,
    ...schema,
  });
}

function resultFor(dutyId: string, constructPath: string): sarif.Result {
  const found = runResults.find((r) => r.ruleId === dutyId && r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === constructPath);
  if (!found) throw new Error(`no SARIF result for ${dutyId} on ${constructPath}`);
  return found;
}

describe('renderSarif', () => {
  it('is valid SARIF 2.1.0 by the official schema', () => {
    const validate = sarifValidator();
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });

  it('names the tool and has one rule per duty with a result, with help, tags and security-severity', () => {
    expect(run.tool.driver).toEqual(expect.objectContaining({ name: 'cdk-shared-responsibility', version: results.tool.version }));
    const rules = run.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual([...new Set(runResults.map((r) => r.ruleId))].sort());
    const tls = rules.find((r) => r.id === 's3-bucket-require-tls');
    expect(tls).toEqual(
      expect.objectContaining({
        shortDescription: { text: 'S3 bucket denies requests not sent over TLS' },
        helpUri: 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
        defaultConfiguration: { level: 'error' },
      }),
    );
    expect(tls?.fullDescription?.text).toMatch(/^Protecting data in transit is the customer's/);
    expect(tls?.help?.markdown).toContain('**Fix with the L2 construct:** ` new s3.Bucket(this, id, { enforceSSL: true }) `');
    expect(tls?.help?.text).toContain('Controls: FSBP S3.5; NIST 800-53 AC-17(2)');
    expect(tls?.properties?.tags).toEqual(expect.arrayContaining(['security', 'data-protection', 'fsbp/S3.5', 'nist-800-53/SC-8']));
    expect(tls?.properties?.['security-severity']).toBe('8.0');
    for (const r of runResults) expect(rules[r.ruleIndex ?? -1].id).toBe(r.ruleId);
  });

  it('reports unconfigured and unknown duties only, at their severity', () => {
    const expected = results.resources.flatMap((r) => r.duties).filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown');
    expect(runResults).toHaveLength(expected.length);
    expect(
      runResults.some(
        (r) => r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === 'Review/Website' && r.ruleId === 's3-bucket-require-tls',
      ),
    ).toBe(false);
    const unknown = resultFor('s3-bucket-versioning', 'Review/ParamBucket');
    expect(unknown).toEqual(
      expect.objectContaining({
        level: 'warning',
        properties: expect.objectContaining({ outcome: 'unknown', 'security-severity': '4.0' }),
      }),
    );
    expect(new Set(runResults.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('locates each result at the line of the test or example file that creates the construct', () => {
    const open = resultFor('s3-bucket-require-tls', `Review/${HOSTILE_ID}`);
    expect(open.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'test/report/fixtures.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: lineOf(FIXTURES_FILE, 'new s3.Bucket(review, HOSTILE_ID)'), startColumn: expect.any(Number) },
    });
    expect(resultFor('s3-bucket-versioning', 'Review/ParamBucket').locations?.[0].physicalLocation?.region?.startLine).toBe(
      lineOf(FIXTURES_FILE, "new s3.CfnBucket(review, 'ParamBucket'"),
    );
    const example = runResults.filter((r) => r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === 'WebService/AccessLogs');
    expect(example.length).toBeGreaterThan(0);
    for (const r of example) {
      expect(r.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('examples/web-service-stack.ts');
      expect(r.locations?.[0].physicalLocation?.region?.startLine).toBe(lineOf(EXAMPLE_FILE, "new s3.Bucket(this, 'AccessLogs'"));
    }
    expect(open.locations?.[0].logicalLocations).toEqual([
      { name: HOSTILE_ID, fullyQualifiedName: `Review/${HOSTILE_ID}`, kind: 'resource' },
    ]);
  });

  it('points a related location at the template, naming the logical id', () => {
    const related = resultFor('s3-bucket-require-tls', 'Review/ParamBucket').relatedLocations?.[0];
    const template = path.join(cdkOut, 'Review.template.json');
    expect(JSON.parse(fs.readFileSync(template, 'utf8')).Resources.ParamBucket.Type).toBe('AWS::S3::Bucket');
    expect(related?.physicalLocation?.artifactLocation?.uri).toBe(pathToFileURL(template).href);
    expect(related?.message?.text).toBe(`ParamBucket (AWS::S3::Bucket) in ${template}`);

    const inRepo = (renderSarif(results, { repoRoot: REPO_ROOT, cdkOut: 'cdk.out' }) as sarif.Log).runs[0].results ?? [];
    const relatedInRepo = inRepo[runResults.indexOf(resultFor('s3-bucket-require-tls', 'Review/ParamBucket'))].relatedLocations?.[0];
    expect(relatedInRepo?.physicalLocation?.artifactLocation).toEqual({ uri: 'cdk.out/Review.template.json', uriBaseId: '%SRCROOT%' });
    expect(relatedInRepo?.message?.text).toBe('ParamBucket (AWS::S3::Bucket) in cdk.out/Review.template.json');
  });

  it('falls back to the template when there is no source location', () => {
    const noSource = { ...results, resources: results.resources.map(({ source: _, ...r }) => r) };
    const located = (renderSarif(noSource, { repoRoot: REPO_ROOT, cdkOut: 'cdk.out' }) as sarif.Log).runs[0].results ?? [];
    const open = located.find(
      (r) => r.ruleId === 's3-bucket-require-tls' && r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === 'Review/ParamBucket',
    );
    expect(open?.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'cdk.out/Review.template.json', uriBaseId: '%SRCROOT%' },
    });
  });

  it('fingerprints a result by duty id and construct path only', () => {
    const open = resultFor('s3-bucket-require-tls', 'Review/ParamBucket');
    expect(open.partialFingerprints?.[SARIF_FINGERPRINT]).toBe(
      createHash('sha256').update('s3-bucket-require-tls|Review/ParamBucket').digest('hex'),
    );
    const moved = {
      ...results,
      resources: results.resources.map((r) => ({
        ...r,
        logicalId: `${r.logicalId}X`,
        source: r.source && { ...r.source, line: r.source.line + 10 },
      })),
    };
    const again = (renderSarif(moved, { repoRoot: REPO_ROOT, cdkOut }) as sarif.Log).runs[0].results ?? [];
    expect(again.map((r) => r.partialFingerprints)).toEqual(runResults.map((r) => r.partialFingerprints));
    expect(new Set(runResults.map((r) => r.partialFingerprints?.[SARIF_FINGERPRINT])).size).toBe(runResults.length);
  });

  it('marks results new or unchanged against a baseline', () => {
    const baseline = { ...results, resources: results.resources.filter((r) => r.path !== 'Review/ParamBucket') };
    const marked = (renderSarif(results, { repoRoot: REPO_ROOT, cdkOut, baseline }) as sarif.Log).runs[0].results ?? [];
    const isParam = (r: sarif.Result): boolean => r.locations?.[0].logicalLocations?.[0].fullyQualifiedName === 'Review/ParamBucket';
    expect(new Set(marked.filter(isParam).map((r) => r.baselineState))).toEqual(new Set(['new']));
    expect(new Set(marked.filter((r) => !isParam(r)).map((r) => r.baselineState))).toEqual(new Set(['unchanged']));
  });
});
