import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  App,
  Aspects,
  BootstraplessSynthesizer,
  CfnResource,
  CliCredentialsStackSynthesizer,
  LegacyStackSynthesizer,
  Stack,
} from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, type IConstruct } from 'constructs';
import { SharedResponsibilityChecks } from '../../lib';
import { DIFFERENTIAL_CORPUS } from '../apps/shapes/differential-corpus';

/**
 * The aspect judges each resource when CDK starts to synthesize the stacks, and hands CDK the
 * resolution it judged, so CDK does not resolve the resource again (lib/private/hand-over.ts). The
 * templates must be those CDK writes without the checks, byte for byte, on every app of the
 * differential corpus; nothing of the hand-over may outlive the synth.
 */
function templates(dir: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.template.json')) out.set(path.relative(dir, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function outdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hand-over-'));
}

/** Resources and stack synthesizers that still carry something of the checks. */
function leftovers(app: App): string[] {
  const found: string[] = [];
  const visit = (c: IConstruct) => {
    if (CfnResource.isCfnResource(c) && Object.prototype.hasOwnProperty.call(c, '_toCloudFormation')) found.push(c.node.path);
    if (Stack.isStack(c) && Object.prototype.hasOwnProperty.call(c.synthesizer, 'synthesize')) found.push(`${c.node.path} synthesizer`);
    for (const child of c.node.children) visit(child);
  };
  visit(app);
  return found;
}

/** Synthesizes `app`, counting the renders of resources CDK and the checks made. */
function synthCountingRenders(app: App): number {
  const proto = CfnResource.prototype as unknown as { _toCloudFormation: () => unknown };
  const original = proto._toCloudFormation;
  let renders = 0;
  proto._toCloudFormation = function (this: unknown) {
    renders++;
    return original.call(this);
  };
  try {
    app.synth();
  } catch (e) {
    // A Stage's findings fail the synth through CDK's validation report, after every template is written.
    expect(String(e)).toContain('ValidationFailed');
  } finally {
    proto._toCloudFormation = original;
  }
  return renders;
}

describe('the resources the aspect hands over to CDK', () => {
  it.each(DIFFERENTIAL_CORPUS)(
    '%s: are written as CDK writes them without the checks, and rendered no more often',
    async (_name, build, context) => {
      const plain = new App({ context, outdir: outdir() });
      build(plain);
      const plainRenders = synthCountingRenders(plain);
      const checked = new App({ context, outdir: outdir() });
      build(checked);
      Aspects.of(checked).add(new SharedResponsibilityChecks({ reports: [] }));
      // Without the hand-over, every resource the checks resolve would be rendered once more; with it,
      // CDK's own second renders (a RestApi for its deployment's logical id) can be served too.
      expect(synthCountingRenders(checked)).toBeLessThanOrEqual(plainRenders);
      await Promise.resolve();
      expect(leftovers(checked)).toEqual([]);

      const want = templates(plain.outdir);
      expect(want.size).toBeGreaterThan(0);
      expect(templates(checked.outdir)).toEqual(want);
    },
  );

  it('works the same with every stack synthesizer CDK ships', async () => {
    const build = (app: App) => {
      const synthesizers = {
        Legacy: new LegacyStackSynthesizer(),
        CliCredentials: new CliCredentialsStackSynthesizer(),
        Bootstrapless: new BootstraplessSynthesizer({ deployRoleArn: 'arn:aws:iam::111111111111:role/deploy' }),
      };
      for (const [id, synthesizer] of Object.entries(synthesizers)) {
        const stack = new Stack(app, id, { synthesizer, env: { account: '111111111111', region: 'us-east-1' } });
        new s3.Bucket(stack, 'B', { versioned: true });
      }
    };
    const plain = new App({ outdir: outdir() });
    build(plain);
    const plainRenders = synthCountingRenders(plain);
    const checked = new App({ outdir: outdir() });
    build(checked);
    Aspects.of(checked).add(new SharedResponsibilityChecks({ reports: [] }));
    expect(synthCountingRenders(checked)).toBeLessThanOrEqual(plainRenders);
    await Promise.resolve();
    expect(leftovers(checked)).toEqual([]);
    expect(templates(checked.outdir)).toEqual(templates(plain.outdir));
    const errors = checked.synth().stacks.flatMap((st) => st.messages.filter((m) => m.level === 'error'));
    expect(errors.length).toBeGreaterThanOrEqual(3);
  });

  it('lets CDK render a resource changed after the synth, when the app is synthesized again in the same task', () => {
    const app = new App({ outdir: outdir() });
    const stack = new Stack(app, 'S');
    const bucket = new s3.Bucket(stack, 'B', { versioned: true, enforceSSL: true });
    Aspects.of(app).add(new SharedResponsibilityChecks({ reports: [] }));
    app.synth();
    (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('VersioningConfiguration.Status', 'Suspended');
    const again = app.synth({ force: true });
    const template = again.getStackByName('S').template as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const written = Object.values(template.Resources).find((r) => r.Type === 'AWS::S3::Bucket')!;
    expect(written.Properties.VersioningConfiguration).toEqual({ Status: 'Suspended' });
  });

  it('judges at the next synth when another construct failed validation at the first', () => {
    let failing = true;
    const app = new App({ outdir: outdir() });
    const stack = new Stack(app, 'S');
    new s3.Bucket(stack, 'B');
    new Construct(stack, 'Gate').node.addValidation({ validate: () => (failing ? ['not yet'] : []) });
    Aspects.of(app).add(new SharedResponsibilityChecks({ reports: [] }));
    expect(() => app.synth()).toThrow(/not yet/);
    failing = false;
    const assembly = app.synth({ force: true });
    const errors = assembly
      .getStackByName('S')
      .messages.filter((m) => m.level === 'error')
      .map((m) => String(m.entry.data));
    expect(errors).toContainEqual(expect.stringMatching(/^\[s3-bucket-require-tls\]/));
    expect(fs.existsSync(path.join(app.outdir, 'shared-responsibility.results.json'))).toBe(true);
  });
});
