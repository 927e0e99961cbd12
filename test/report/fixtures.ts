import * as fs from 'fs';
import * as path from 'path';
import { App, CfnParameter, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { WebServiceStack } from '../../examples/web-service-stack';
import type { DutyResult, ResourceResult, Results } from '../../lib/results';
import { synthApp } from '../harness';

const env = { account: '111111111111', region: 'eu-west-1' };

/** A construct id with characters that mean something in Markdown, HTML and spreadsheets. */
export const HOSTILE_ID = '=Open|<img src=x>*bucket*@team';
export const WAIVER_REASON = 'Served only through CloudFront | see <ADR-7> & *notes*';
/** Evidence that a spreadsheet would run as a formula. */
export const ATTESTATION_EVIDENCE = '=HYPERLINK("https://evidence.example/123")';

export interface ReportApp {
  readonly results: Results;
  /** The cloud assembly directory the app was synthesized into. */
  readonly cdkOut: string;
}

/**
 * The example web service plus a review stack with the cases reports must show: an error on a
 * construct whose id needs escaping, a waived error, a duty left unknown by a CfnParameter, and
 * account-level duties that need attestation, one of them attested.
 */
export function synthReportApp(): ReportApp {
  const app = new App({ context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true } });
  new WebServiceStack(app, 'WebService', { env });
  const review = new Stack(app, 'Review', { env });
  new s3.Bucket(review, HOSTILE_ID);
  const website = new s3.Bucket(review, 'Website', { enforceSSL: false });
  Validations.of(website).acknowledge({ id: 's3-bucket-require-tls', reason: WAIVER_REASON });
  const status = new CfnParameter(review, 'VersioningStatus', { allowedValues: ['Enabled', 'Suspended'] });
  new s3.CfnBucket(review, 'ParamBucket', { versioningConfiguration: { status: status.valueAsString } });
  const { results } = synthApp(app, {
    attestations: [{ dutyId: 'account-guardduty-enabled', evidence: ATTESTATION_EVIDENCE, expires: '2099-12-31' }],
  });
  return { results, cdkOut: app.outdir };
}

/** The 1-based line of the first line of `file` that contains `snippet`. */
export function lineOf(file: string, snippet: string): number {
  const index = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(snippet));
  if (index === -1) throw new Error(`${snippet} not in ${file}`);
  return index + 1;
}

export const FIXTURES_FILE = path.join(__dirname, 'fixtures.ts');
export const EXAMPLE_FILE = path.resolve(__dirname, '../../examples/web-service-stack.ts');

export function resourceAt(results: Results, constructPath: string): ResourceResult {
  const r = results.resources.find((x) => x.path === constructPath);
  if (!r) throw new Error(`no resource at ${constructPath}`);
  return r;
}

export function dutyAt(results: Results, constructPath: string, dutyId: string): DutyResult {
  const d = resourceAt(results, constructPath).duties.find((x) => x.dutyId === dutyId);
  if (!d) throw new Error(`no ${dutyId} at ${constructPath}`);
  return d;
}

/** `count` resources cloned from `results` across 50 stacks, for size limits. */
export function manyResources(results: Results, count: number): Results {
  const resources = Array.from({ length: count }, (_, i) => {
    const r = results.resources[i % results.resources.length];
    const stack = `Stack${String(i % 50).padStart(2, '0')}`;
    return { ...r, stackPath: stack, path: `${stack}/Service${i}/${r.path.slice(r.path.indexOf('/') + 1)}` };
  });
  return { ...results, resources };
}
