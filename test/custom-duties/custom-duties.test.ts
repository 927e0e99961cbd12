import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Tags, Validations, aws_s3 as s3 } from 'aws-cdk-lib';
import {
  configured,
  defineDuty,
  renderCsv,
  renderMarkdown,
  renderSarif,
  scanTemplate,
  SharedResponsibilityChecks,
  SharedResponsibilityPlugin,
  unconfigured,
  type Duty,
  type Results,
} from 'cdk-shared-responsibility';
import { dutyResult, synthApp, synthWithChecks } from 'cdk-shared-responsibility/testing';
import { dataStoreOwnerTag } from '../../examples/custom-duty';
import { main } from '../../lib/cli';

const ID = 'acme-data-store-owner-tag';

/** Two untagged buckets, one of them waived for the owner tag, and a shared one attested. */
function app(): App {
  const a = new App();
  const stack = new Stack(a, 'Data', { env: { account: '111111111111', region: 'eu-west-1' } });
  new s3.Bucket(stack, 'Untagged');
  const scratch = new s3.Bucket(stack, 'Scratch');
  Validations.of(scratch).acknowledge({ id: ID, reason: 'scratch space, deleted nightly' });
  Tags.of(new s3.Bucket(stack, 'Shared')).add('owner', 'shared');
  return a;
}

const ATTESTED = { attestations: [{ dutyId: ID, scope: 'Data/Shared', evidence: 'CMDB CI-20931' }] };

describe('a custom duty through the aspect', () => {
  const { results } = synthApp(app(), { customDuties: [dataStoreOwnerTag], ...ATTESTED });

  it('reports, waives with the reason and attests with the evidence', () => {
    expect(dutyResult(results, 'Data/Untagged', ID)).toMatchObject({ outcome: 'unconfigured', severity: 'warning' });
    expect(dutyResult(results, 'Data/Scratch', ID)).toMatchObject({
      outcome: 'waived',
      waiver: { reason: 'scratch space, deleted nightly', acknowledgedAt: 'Data/Scratch', waivedOutcome: 'unconfigured' },
    });
    expect(dutyResult(results, 'Data/Shared', ID)).toMatchObject({ outcome: 'attested', attestation: { evidence: 'CMDB CI-20931' } });
  });

  it('runs beside the built-in duties, which still report on the same resources', () => {
    expect(dutyResult(results, 'Data/Untagged', 's3-bucket-require-tls')?.outcome).toBe('unconfigured');
  });

  it('keeps its text in the results once, marked as custom', () => {
    expect(results.duties[ID]).toMatchObject({ title: dataStoreOwnerTag.title, custom: true, controls: { nist: ['CM-8'] } });
    expect(results.duties['s3-bucket-require-tls'].custom).toBeUndefined();
  });

  it('appears in the Markdown, SARIF and CSV reports like a built-in duty', () => {
    const markdown = renderMarkdown(results);
    expect(markdown).toContain(`<strong><code>${ID}</code></strong> on <code>Data/Untagged</code>`);
    expect(markdown).toContain('scratch space, deleted nightly');
    expect(markdown).toContain('CMDB CI-20931');

    const log = renderSarif(results, { repoRoot: process.cwd() });
    const rule = log.runs[0].tool.driver.rules?.find((r) => r.id === ID);
    expect(rule).toMatchObject({
      shortDescription: { text: dataStoreOwnerTag.title },
      properties: { tags: expect.arrayContaining(['custom']) },
    });
    expect(log.runs[0].results?.some((r) => r.ruleId === ID)).toBe(true);

    const csv = renderCsv(results).split('\r\n');
    expect(csv.find((line) => line.startsWith('Data/Untagged,') && line.includes(`,${ID},`))).toContain(',unconfigured,warning,');
  });
});

describe('a custom duty and the options', () => {
  it('takes a severity override like a built-in duty', () => {
    const { results } = synthApp(app(), { customDuties: [dataStoreOwnerTag], severityOverrides: { [ID]: 'error' } });
    expect(dutyResult(results, 'Data/Untagged', ID)).toMatchObject({ outcome: 'unconfigured', severity: 'error' });
  });

  it('is left out with its category', () => {
    const { results } = synthApp(app(), { customDuties: [dataStoreOwnerTag], categories: ['data-protection'] });
    expect(dutyResult(results, 'Data/Untagged', ID)).toBeUndefined();
  });

  it('runs in the validation plugin, which names it among its rules', () => {
    const a = app();
    // The buckets' only errors are require-tls: off, so the synth succeeds and the results can be read.
    const plugin = new SharedResponsibilityPlugin({ customDuties: [dataStoreOwnerTag], disabledDuties: ['s3-bucket-require-tls'] });
    expect(plugin.ruleIds).toContain(ID);
    Validations.of(a).addPlugins(plugin);
    const results = synthResults(a);
    expect(dutyResult(results, 'Data/Untagged', ID)?.outcome).toBe('unconfigured');
  });

  it('runs in scanTemplate on a plain template', () => {
    const template = {
      Resources: {
        Logs: { Type: 'AWS::S3::Bucket', Properties: { Tags: [{ Key: 'owner', Value: 'payments' }] } },
        Raw: { Type: 'AWS::S3::Bucket', Properties: {} },
      },
    };
    const results = scanTemplate(template, { customDuties: [dataStoreOwnerTag] });
    expect(outcome(results, 'Logs')).toBe('configured');
    expect(outcome(results, 'Raw')).toBe('unconfigured');
  });

  it('runs in the CLI scan from a module path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custom-duties-'));
    const template = path.join(dir, 'template.json');
    fs.writeFileSync(template, JSON.stringify({ Resources: { Raw: { Type: 'AWS::S3::Bucket', Properties: {} } } }));
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir };
    const module = path.join(__dirname, '../../examples/custom-duty.ts');
    const code = await main(['scan', template, '--custom-duties', module, '--format', 'json', '--fail-on', 'none'], io);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(outcome(JSON.parse(stdout) as Results, 'Raw')).toBe('unconfigured');

    stdout = '';
    const bad = path.join(dir, 'nothing.js');
    fs.writeFileSync(bad, 'module.exports = { answer: 42 };');
    expect(await main(['scan', template, '--custom-duties', bad], io)).toBe(2);
    expect(stderr).toContain('exports no list of duties');
  });
});

describe('turning built-in duties off', () => {
  it('removes them from the run and lists them in the results and the Markdown report', () => {
    const { results } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'), { disabledDuties: ['s3-bucket-require-tls'] });
    expect(dutyResult(results, 'Bucket', 's3-bucket-require-tls')).toBeUndefined();
    expect(dutyResult(results, 'Bucket', 's3-bucket-versioning')).toBeDefined();
    expect(results.disabledDuties).toEqual(['s3-bucket-require-tls']);
    expect(renderMarkdown(results)).toContain('Turned off (disabledDuties): <code>s3-bucket-require-tls</code>');
  });

  it('fails at construction on an id that is not a built-in duty', () => {
    expect(() => new SharedResponsibilityChecks({ disabledDuties: ['s3-bucket-requires-tls'] })).toThrow(
      "disabledDuties names 's3-bucket-requires-tls', which is not a built-in duty",
    );
  });
});

describe('fails at construction on a custom duty that', () => {
  const variant = (patch: Partial<Record<keyof Duty, unknown>>) => ({ ...dataStoreOwnerTag, ...patch }) as Duty;

  it('has the id of a built-in duty', () => {
    expect(() => new SharedResponsibilityChecks({ customDuties: [variant({ id: 's3-bucket-versioning' })] })).toThrow(
      "custom duty 's3-bucket-versioning' has the id of a built-in duty",
    );
  });

  it('has a category outside the six', () => {
    expect(() => new SharedResponsibilityPlugin({ customDuties: [variant({ category: 'tagging' })] })).toThrow(
      `custom duty '${ID}' has category "tagging"; use one of data-protection, identity-and-access`,
    );
  });

  it('has the id of another custom duty', () => {
    expect(() => scanTemplate({ Resources: {} }, { customDuties: [dataStoreOwnerTag, variant({ title: 'again' })] })).toThrow(
      `customDuties holds two duties with the id '${ID}'`,
    );
  });

  it('is not a duty at all', () => {
    expect(() => new SharedResponsibilityChecks({ customDuties: [{ id: 'acme-x' } as unknown as Duty] })).toThrow(
      "custom duty 'acme-x' has category undefined",
    );
    expect(() => new SharedResponsibilityChecks({ customDuties: [variant({ resourceTypes: ['S3 bucket'] })] })).toThrow(
      'names resource type "S3 bucket"',
    );
  });
});

describe('a custom duty whose evaluator misbehaves is contained', () => {
  const base = {
    title: 'Broken on purpose',
    category: 'resilience',
    resourceTypes: ['AWS::S3::Bucket'],
    awsSide: 'n/a',
    customerSide: 'n/a',
    severity: 'warning',
    remediation: { l1: 'n/a' },
    controls: { fsbp: [], nist: [] },
    sources: [],
  } as const;

  it('as an evaluator error on that duty, while the other duties still run', () => {
    const throws = defineDuty({
      ...base,
      id: 'acme-throws',
      messages: {},
      evaluate: () => {
        throw new TypeError('cannot read the registry');
      },
    });
    const { results } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'), { customDuties: [throws] });
    expect(dutyResult(results, 'Bucket', 'acme-throws')).toMatchObject({
      outcome: 'unknown',
      severity: 'error',
      evaluatorError: 'cannot read the registry',
    });
    expect(dutyResult(results, 'Bucket', 's3-bucket-versioning')?.outcome).toBe('unconfigured');
  });

  it('as an evaluator error naming the message its verdict names but does not declare', () => {
    // Only JavaScript (or a cast) gets past defineDuty's typing of message ids; the engine catches the rest.
    const undeclared = defineDuty({
      ...base,
      id: 'acme-undeclared-message',
      messages: { declared: 'declared' },
      evaluate: (ctx) => (ctx.props.at('BucketName').isSet() ? configured() : unconfigured('nowhere' as 'declared')),
    });
    const { results } = synthWithChecks((stack) => new s3.Bucket(stack, 'Bucket'), { customDuties: [undeclared] });
    expect(dutyResult(results, 'Bucket', 'acme-undeclared-message')?.evaluatorError).toBe(
      "verdict names message 'nowhere' that duty acme-undeclared-message does not declare",
    );
  });
});

function synthResults(a: App): Results {
  const assembly = a.synth();
  return JSON.parse(fs.readFileSync(path.join(assembly.directory, 'shared-responsibility.results.json'), 'utf8')) as Results;
}

function outcome(results: Results, logicalId: string): string | undefined {
  return results.resources.find((r) => r.logicalId === logicalId)?.duties.find((d) => d.dutyId === ID)?.outcome;
}
