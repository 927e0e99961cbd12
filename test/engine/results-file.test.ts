import * as fs from 'fs';
import * as path from 'path';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { RESULTS_FILE } from '../../lib/results';
import { synthWithChecks } from '../harness';

describe('the results file', () => {
  const { app, results } = synthWithChecks((stack) => {
    new s3.Bucket(stack, 'Bucket');
    new sqs.Queue(stack, 'Queue', { enforceSSL: true });
  });
  const text = fs.readFileSync(path.join(app.outdir, RESULTS_FILE), 'utf8');

  it('holds one line per resource, so a committed baseline diffs line by line', () => {
    const lines = text.split('\n');
    for (const r of results.resources)
      expect(lines.filter((l) => l.includes(`"path":${JSON.stringify(r.path)},"cfnPath"`))).toHaveLength(1);
  });

  it("keeps each duty's text once, for every duty with a result, and each covered type's AWS side once", () => {
    const ids = new Set(results.resources.flatMap((r) => r.duties.map((d) => d.dutyId)));
    expect(Object.keys(results.duties).sort()).toEqual([...ids].sort());
    expect(text.split(JSON.stringify(results.duties['s3-bucket-require-tls'].customerSide))).toHaveLength(2);
    expect(Object.keys(results.resourceTypes).sort()).toEqual([...new Set(results.resources.map((r) => r.type))].sort());
  });

  it('leaves no temporary file behind', () => {
    expect(fs.readdirSync(app.outdir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
