import * as fs from 'fs';
import * as path from 'path';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';
import type { SharedResponsibilityChecksProps } from '../../lib/options';
import { catalog } from '../../rules';
import { ACCOUNT, dutyResult, synthWithChecks } from '../harness';

/** Options as a JavaScript caller may pass them: no compiler stands between the value and the checks. */
function construct(props: Record<string, unknown>): () => unknown {
  return () => new SharedResponsibilityChecks(props as SharedResponsibilityChecksProps);
}

describe('options are validated at construction, for JavaScript callers too', () => {
  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'an unknown key, with the closest known one',
      { categoies: ['data-protection'] },
      /unknown option 'categoies'; did you mean 'categories'\?/,
    ],
    ['an unknown key with nothing close', { zzz: 1 }, /unknown option 'zzz' \(known: categories,/],
    ['repoRoot: 5', { repoRoot: 5 }, /repoRoot must be a string, got number 5/],
    ["reports: 'sarif'", { reports: 'sarif' }, /reports must be an array, got 'sarif'/],
    [
      'attestations[].scope: 5',
      { attestations: [{ dutyId: 'account-guardduty-enabled', evidence: 'x', scope: 5 }] },
      /attestations\[0\].scope must be a string/,
    ],
    ['an attestation without its duty', { attestations: [{ evidence: 'x' }] }, /attestations\[0\].dutyId is required/],
    ['unknownAsError: "yes"', { unknownAsError: 'yes' }, /unknownAsError must be true or false/],
    ['resultsFile: 0', { resultsFile: 0 }, /resultsFile must be a string, got number 0, or must be false/],
    ['skipPaths: a string', { skipPaths: 'Stack/Legacy' }, /skipPaths must be an array/],
    [
      'severityOverrides values',
      { severityOverrides: { 's3-bucket-require-tls': 3 } },
      /severityOverrides\['s3-bucket-require-tls'\] must be a string/,
    ],
    [
      'dataClassification keys',
      { dataClassification: { tag: 'x' } },
      /dataClassification has an unknown key 'tag'; did you mean 'tagKey'\?/,
    ],
    ['failOnWarnings on the aspect', { failOnWarnings: true }, /unknown option 'failOnWarnings'/],
    ['options that are not an object', null as unknown as Record<string, unknown>, /options must be an object/],
  ])('fails on %s with one line naming the option', (_name, props, message) => {
    expect(construct(props)).toThrow(message);
    try {
      construct(props)();
    } catch (e) {
      expect(e).not.toBeInstanceOf(TypeError);
      expect((e as Error).message).not.toMatch(/\n/);
      expect((e as Error).message).toMatch(/^SharedResponsibilityChecks: /);
    }
  });

  it("fails on the plugin's failOnWarnings: 'no', naming the plugin", () => {
    expect(() => new SharedResponsibilityPlugin({ failOnWarnings: 'no' } as never)).toThrow(
      /^SharedResponsibilityPlugin: failOnWarnings must be true or false, got 'no'/,
    );
  });

  it.each([[['']], [['/']], [['//']]])('fails on skipPaths %j, which would skip every resource', (skipPaths) => {
    expect(construct({ skipPaths })).toThrow(/skips every resource/);
  });

  it('fails on categories: [], which checks nothing', () => {
    expect(construct({ categories: [] })).toThrow(/categories is empty, which checks nothing/);
  });

  it.each(['2027-02-30', '9999-99-99', '31/03/2027', '2000-01-01T00:00:00Z', '2027-2-3'])(
    'fails on an attestation expiring %s',
    (expires) => {
      expect(construct({ attestations: [{ dutyId: 'account-guardduty-enabled', evidence: 'ticket', expires }] })).toThrow(
        /is not a date; use YYYY-MM-DD/,
      );
    },
  );

  it('accepts a real leap day', () => {
    expect(construct({ attestations: [{ dutyId: 'account-guardduty-enabled', evidence: 'ticket', expires: '2028-02-29' }] })).not.toThrow();
  });

  it('fails on an attestation for a duty the checks prove from the app', () => {
    expect(construct({ attestations: [{ dutyId: 's3-bucket-require-tls', evidence: 'trust me' }] })).toThrow(
      /names duty 's3-bucket-require-tls', which the checks prove from the app itself/,
    );
  });

  it('names the closest duty for an unknown duty id', () => {
    expect(construct({ severityOverrides: { 's3-bucket-require-tsl': 'info' } })).toThrow(/did you mean 's3-bucket-require-tls'/);
  });
});

describe('the results file stays inside the cloud assembly', () => {
  it.each([
    ['..', /names a directory|is a path/],
    ['.', /names a directory/],
    ['../outside.json', /is a path/],
    ['/tmp/outside.json', /is a path/],
    ['sub\\x.json', /is a path/],
    ['a\0b.json', /NUL/],
    ['manifest.json', /CDK's own files/],
    ['tree.json', /CDK's own files/],
    ['MyStack.template.json', /CDK's own files/],
    ['MyStack.assets.json', /CDK's own files/],
    ['shared-responsibility.md', /one of the reports/],
    ['  ', /is empty/],
  ])('refuses resultsFile %j', (resultsFile, message) => {
    expect(construct({ resultsFile })).toThrow(message);
  });
});

describe('attestations that overlap', () => {
  const GUARDDUTY = 'account-guardduty-enabled';
  it.each([
    ['listed first', [{ expires: '2001-01-01' }, { expires: '2099-01-01' }]],
    ['listed last', [{ expires: '2099-01-01' }, { expires: '2001-01-01' }]],
    ['more specific', [{ expires: '2099-01-01' }, { expires: '2001-01-01', scope: 'Test' }]],
  ])('an expired one %s does not shadow a valid one', (_name, list) => {
    const attestations = list.map((a, i) => ({ dutyId: GUARDDUTY, evidence: `ticket-${i}`, ...a }));
    const { results } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'), { attestations });
    const d = dutyResult(results, ACCOUNT, GUARDDUTY);
    expect(d?.outcome).toBe('attested');
    expect(d?.attestation?.expires).toBe('2099-01-01');
  });
});

describe('which duties take an attestation', () => {
  it('is declared by exactly the duty files whose evaluator can answer "needs attestation"', () => {
    const rulesDir = path.join(__dirname, '../../rules');
    const files = fs.readdirSync(rulesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const answers = files.filter((f) => /needsAttestation\(/.test(fs.readFileSync(path.join(rulesDir, f), 'utf8')));
    const declares = files.filter((f) => /attestable: true/.test(fs.readFileSync(path.join(rulesDir, f), 'utf8')));
    expect(declares.sort()).toEqual(answers.sort());
    expect(catalog.filter((d) => d.attestable).length).toBe(answers.length);
  });
});
