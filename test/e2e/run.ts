// End-to-end: the package as users get it. Packs this checkout, generates apps with the pinned
// CDK CLI's `cdk init app --language typescript`, installs the tarball into them with the newest
// aws-cdk-lib we support and the lowest our peer range allows, and runs the real `cdk synth`.
//
//   npm run e2e    E2E_JOBS=n: tests at a time (default 2); E2E_TARBALL=file.tgz: test that package, not
//                  this checkout packed; E2E_ONLY=text: only the tests whose name contains it
//
// Offline but for the npm registry: no AWS credentials, no notices, no telemetry, no version check.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CJS_CHECK, ESM_CHECK, type Form, TYPES_CONSUMER, TYPES_TSCONFIG, UNIT_TEST, errorApp, pipelinesApp, warningsApp } from './apps';
import { copyDir, pool, run, runOk } from './shell';

const REPO = path.resolve(__dirname, '../..');
const PKG = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const NEWEST = PKG.devDependencies['aws-cdk-lib'];
const LOWEST = lowestOf(PKG.peerDependencies['aws-cdk-lib']);
const JOBS = Number(process.env.E2E_JOBS ?? 2);
const FLAG = '@aws-cdk/core:annotationsInValidationReport';
const TLS = 's3-bucket-require-tls';
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-sr-e2e-'));

function lowestOf(range: string): string {
  const m = /^(?:\^|>=\s*)(\d+\.\d+\.\d+)$/.exec(range);
  if (!m) throw new Error(`cannot read the lowest version of the peer range '${range}'`);
  return m[1];
}

function check(condition: unknown, message: string, output?: string): asserts condition {
  if (!condition) throw new Error(output === undefined ? message : `${message}\n--- output ---\n${output.slice(-6000)}`);
}

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

// ---------------------------------------------------------------------------------------------
// The package and the apps

async function pack(): Promise<string> {
  if (process.env.E2E_TARBALL) return path.resolve(process.env.E2E_TARBALL);
  // prepack builds dist/ from a clean slate: the tarball holds what a clean checkout gives.
  const out = await runOk('npm', ['pack', '--pack-destination', WORK, '--loglevel', 'warn'], REPO);
  // The build's own output comes first; npm names the tarball last.
  const name = out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.endsWith('.tgz'))
    .pop();
  check(name, 'npm pack named no tarball', out);
  return path.join(WORK, name);
}

async function checkTarball(tarball: string): Promise<void> {
  const files = (await runOk('tar', ['tzf', tarball], WORK)).split('\n').map((f) => f.replace(/^package\//, ''));
  for (const f of ['LICENSE', 'README.md', 'package.json']) check(files.includes(f), `the tarball has no ${f}`);
  const pkg = JSON.parse(await runOk('tar', ['xzOf', tarball, 'package/package.json'], WORK)) as {
    main: string;
    types: string;
    bin: Record<string, string>;
  };
  for (const f of [pkg.main, pkg.types, ...Object.values(pkg.bin)])
    check(files.includes(f), `the tarball lacks ${f}, named in package.json`);
}

/** A project as `cdk init app --language typescript` generates it with the CLI this repo pins. */
async function generate(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await runOk(
    process.execPath,
    [path.join(REPO, 'node_modules/aws-cdk/bin/cdk'), 'init', 'app', '--language', 'typescript', '--generate-only'],
    dir,
  );
}

async function install(dir: string, tarball: string, cdkLib: string): Promise<void> {
  // The generated devDependencies as they are (tsx, TypeScript 7, jest with @swc/jest, the CLI),
  // with npm's own defaults for install scripts; the shared npm cache keeps it quick.
  await runOk(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error', tarball, `aws-cdk-lib@${cdkLib}`],
    dir,
  );
  const installed = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/aws-cdk-lib/package.json'), 'utf8')).version;
  check(installed === cdkLib, `aws-cdk-lib ${installed} installed, ${cdkLib} asked`);
}

interface Synth {
  readonly dir: string;
  readonly code: number;
  readonly output: string;
  results(): ResultsFile;
}

interface ResultsFile {
  readonly duties: Record<string, unknown>;
  readonly resources: {
    readonly path: string;
    readonly stackPath: string;
    readonly duties: { dutyId: string; outcome: string; severity: string; expired?: boolean; waiver?: { reason: string } }[];
  }[];
}

let seq = 0;

/** A copy of the generated app (its node_modules shared) with `source` as bin/app.ts, synthesized by `cdk synth`. */
async function synth(base: string, source: string, opts: { flag?: boolean; args?: string[] } = {}): Promise<Synth> {
  const dir = path.join(WORK, `app-${++seq}`);
  copyDir(base, dir, ['node_modules', 'cdk.out']);
  fs.symlinkSync(path.join(base, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'bin/app.ts'), source);
  if (opts.flag !== undefined) {
    const cdkJson = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.json'), 'utf8'));
    check(FLAG in cdkJson.context, `cdk init no longer writes ${FLAG}: revisit the flag tests`);
    cdkJson.context[FLAG] = opts.flag;
    fs.writeFileSync(path.join(dir, 'cdk.json'), JSON.stringify(cdkJson, null, 2));
  }
  // The CLI as users run it: the app command from the generated cdk.json (npx tsc && npx tsx bin/app.ts).
  const r = await run(path.join(dir, 'node_modules/.bin/cdk'), ['synth', '--no-notices', ...(opts.args ?? [])], dir);
  return {
    dir,
    ...r,
    results: () => JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out/shared-responsibility.results.json'), 'utf8')) as ResultsFile,
  };
}

/** What the console must show: every error and warning finding, and nothing at info. */
function expectedOnConsole(results: ResultsFile): string[] {
  return results.resources
    .flatMap((r) => r.duties)
    .filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown' || (d.outcome === 'needs-attestation' && d.expired))
    .filter((d) => d.severity !== 'info')
    .map((d) => d.dutyId)
    .sort();
}

/** The duty ids the console shows, once per finding shown (`[duty-id]` leads each of our messages). */
function shownOnConsole(output: string, results: ResultsFile): string[] {
  return Object.keys(results.duties)
    .flatMap((id) => Array<string>(timesShown(output, id)).fill(id))
    .sort();
}

/**
 * How many findings of a duty the console shows: each ends in the id to acknowledge, as
 * `(Annotation::id)` or CDK's `Acknowledge with '<namespace>::id'`, once per finding.
 */
function timesShown(output: string, id: string): number {
  return output.split(new RegExp(`::${id}(?![a-z0-9-])`)).length - 1;
}

function infoFindings(results: ResultsFile): string[] {
  return results.resources.flatMap((r) =>
    r.duties.filter((d) => d.outcome === 'unconfigured' && d.severity === 'info').map((d) => d.dutyId),
  );
}

// ---------------------------------------------------------------------------------------------
// The checks

type Test = readonly [name: string, body: () => Promise<void>];

function packageTests(app: string, tarball: string): Test[] {
  return [
    ['the tarball holds the built code, LICENSE and README', () => checkTarball(tarball)],
    [
      'require and import load the package',
      async () => {
        fs.writeFileSync(path.join(app, 'check.cjs'), CJS_CHECK);
        fs.writeFileSync(path.join(app, 'check.mjs'), ESM_CHECK);
        check((await runOk(process.execPath, ['check.cjs'], app)).includes('require ok'), 'require failed');
        check((await runOk(process.execPath, ['check.mjs'], app)).includes('import ok'), 'import failed');
      },
    ],
    [
      'the declarations type-check with skipLibCheck false on TypeScript 7 and 5.9',
      async () => {
        const dir = path.join(WORK, 'types');
        fs.mkdirSync(dir);
        fs.symlinkSync(path.join(app, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
        fs.writeFileSync(path.join(dir, 'consumer.ts'), TYPES_CONSUMER);
        fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TYPES_TSCONFIG, null, 2));
        const ts7 = await runOk(path.join(dir, 'node_modules/.bin/tsc'), ['--version'], dir);
        check(ts7.startsWith('Version 7.'), `the generated app's TypeScript is ${ts7.trim()}, not 7`);
        await runOk(path.join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], dir);
        await runOk(process.execPath, [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
      },
    ],
    [
      'cdk-shared-responsibility --version',
      async () => {
        const out = await runOk(path.join(app, 'node_modules/.bin/cdk-shared-responsibility'), ['--version'], app);
        check(out === `${PKG.version}\n`, `--version printed '${out}'`);
      },
    ],
    [
      "the README's unit tests pass in the app's own jest",
      async () => {
        const dir = path.join(WORK, 'jest');
        copyDir(app, dir, ['node_modules', 'cdk.out']);
        fs.symlinkSync(path.join(app, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
        fs.writeFileSync(path.join(dir, 'test/app.test.ts'), UNIT_TEST);
        const r = await run(path.join(dir, 'node_modules/.bin/jest'), ['--ci'], dir);
        check(r.code === 0 && /Tests:\s+4 passed, 4 total/.test(r.output), 'jest failed', r.output);
      },
    ],
  ];
}

function errorTests(app: string, cdkLib: string): Test[] {
  return [
    [
      `aws-cdk-lib ${cdkLib}: an error fails cdk synth and is printed; the waiver, the reports and the CLI on cdk.out`,
      async () => {
        const s = await synth(app, errorApp());
        check(s.code !== 0, 'cdk synth passed with an error', s.output);
        check(
          s.output.includes('AppStack/Open') && timesShown(s.output, TLS) === 1,
          `the error on AppStack/Open is not printed once`,
          s.output,
        );
        const waived = s
          .results()
          .resources.find((r) => r.path === 'AppStack/Waived')
          ?.duties.find((d) => d.dutyId === TLS);
        check(
          waived?.outcome === 'waived' && waived.waiver?.reason.startsWith('e2e:'),
          `the waiver is not in the results: ${JSON.stringify(waived)}`,
        );
        for (const f of ['shared-responsibility.md', 'shared-responsibility.sarif', 'shared-responsibility.csv']) {
          check(fs.existsSync(path.join(s.dir, 'cdk.out', f)), `cdk.out has no ${f}`);
        }
        const cli = path.join(s.dir, 'node_modules/.bin/cdk-shared-responsibility');
        const render = await run(cli, ['render', '--cdk-out', 'cdk.out', '--format', 'sarif', '--output', 'out.sarif'], s.dir);
        check(render.code === 1, 'the CLI did not fail on the error', render.output);
        const sarif = JSON.parse(fs.readFileSync(path.join(s.dir, 'out.sarif'), 'utf8'));
        check(
          sarif.runs[0].results.some((r: { ruleId: string; level: string }) => r.ruleId === TLS && r.level === 'error'),
          'the SARIF has no error result',
        );
        const md = await run(cli, ['render', '--cdk-out', 'cdk.out', '--fail-on', 'none'], s.dir);
        check(md.code === 0 && md.output.includes(TLS), 'the Markdown report does not name the finding', md.output);
      },
    ],
  ];
}

/** Each console listing, by test name, compared with the others at the end. */
const listings = new Map<string, string[]>();

function warningTests(app: string, cdkLib: string, matrix: readonly [Form, boolean, boolean][]): Test[] {
  return matrix.map(([form, flag, strict]) => [
    `aws-cdk-lib ${cdkLib}: warnings only, ${form}, ${FLAG} ${flag}: ${strict ? 'cdk synth --strict fails' : 'cdk synth passes'}, warnings shown, info not`,
    async () => {
      // With --strict the same findings are shown, and the warnings fail the synth.
      const s = await synth(app, warningsApp(form), { flag, args: strict ? ['--strict'] : [] });
      check(
        strict ? s.code !== 0 : s.code === 0,
        strict ? 'cdk synth --strict passed with warnings' : 'cdk synth failed on warnings',
        s.output,
      );
      const results = s.results();
      check(infoFindings(results).length > 0, 'the app has no info finding: the test cannot tell');
      const shown = shownOnConsole(s.output, results);
      check(shown.length > 0, 'no warning shown', s.output);
      check(
        JSON.stringify(shown) === JSON.stringify(expectedOnConsole(results)),
        `shown ${shown.join(' ')}; expected ${expectedOnConsole(results).join(' ')}`,
        s.output,
      );
      const notices = s.output.split('are both added to this app').length - 1;
      check(notices === (form === 'both' ? 1 : 0), `the aspect-and-plugin notice is shown ${notices} times`, s.output);
      listings.set(`${cdkLib} ${form} ${flag}${strict ? ' --strict' : ''}`, shown);
    },
  ]);
}

function pipelinesTests(app: string, cdkLib: string, forms: readonly Form[]): Test[] {
  return forms.map((form) => [
    `aws-cdk-lib ${cdkLib}: Pipelines-shaped, ${form}: plain cdk synth fails on an error in a Stage and prints it`,
    async () => {
      const s = await synth(app, pipelinesApp(form));
      check(s.code !== 0, 'cdk synth passed with an error in the Stage', s.output);
      check(s.output.includes('Prod/Data/Open: ') && s.output.includes(`::${TLS}`), 'the error in the Stage is not printed', s.output);
      check(timesShown(s.output, TLS) === 1, 'the error is not printed exactly once', s.output);
      const results = s.results();
      const errorsIn = (stackPath: string) =>
        results.resources
          .filter((r) => r.stackPath === stackPath)
          .flatMap((r) => r.duties)
          .filter((d) => d.outcome === 'unconfigured' && d.severity === 'error');
      check(errorsIn('PipelineStack').length === 0, 'the pipeline stack has errors of its own: the test cannot tell');
      check(errorsIn('Prod/Data').length === 1, `the results hold ${errorsIn('Prod/Data').length} errors in Prod/Data`);
    },
  ]);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const start = Date.now();
  console.log(`e2e in ${WORK}: aws-cdk-lib ${LOWEST} (lowest of the peer range) and ${NEWEST}, ${JOBS} at a time`);
  const tarball = await pack();
  console.log(`packed ${path.basename(tarball)} (${elapsed(start)})`);
  const newest = path.join(WORK, 'newest/app');
  const lowest = path.join(WORK, 'lowest/app');
  // The generated project's bin/ and lib/ files are named after its directory: `app`, as in cdk init's own example.
  await generate(newest);
  copyDir(newest, lowest);
  await Promise.all([install(newest, tarball, NEWEST), install(lowest, tarball, LOWEST)]);
  console.log(`generated and installed both apps (${elapsed(start)})`);

  const tests: Test[] = [
    ...pipelinesTests(newest, NEWEST, ['aspect', 'plugin']),
    ...pipelinesTests(lowest, LOWEST, ['aspect', 'plugin']),
    ...errorTests(newest, NEWEST),
    ...warningTests(newest, NEWEST, [
      ['aspect', true, true],
      ['aspect', false, false],
      ['plugin', true, false],
      ['plugin', false, true],
      ['both', true, false],
    ]),
    ...warningTests(lowest, LOWEST, [['aspect', true, false]]),
    ...packageTests(newest, tarball),
  ];
  const only = process.env.E2E_ONLY;
  const selected = only ? tests.filter(([name]) => name.includes(only)) : tests;
  const failures = (
    await pool(
      JOBS,
      selected.map(([name, body]) => async () => {
        const t = Date.now();
        try {
          await body();
          console.log(`ok   ${name} (${elapsed(t)})`);
          return 0;
        } catch (e) {
          console.log(`FAIL ${name} (${elapsed(t)})\n${(e as Error).message}\n`);
          return 1;
        }
      }),
    )
  ).reduce((a: number, b) => a + b, 0);

  // Aspect and plugin, under either setting of the flag, show the same findings.
  const distinct = new Set([...listings.values()].map((l) => JSON.stringify(l)));
  const consistent = distinct.size <= 1;
  console.log(`${consistent ? 'ok  ' : 'FAIL'} the console shows the same findings for every form and flag setting`);
  if (!consistent) for (const [k, v] of listings) console.log(`  ${k}: ${v.join(' ')}`);

  const failed = failures + (consistent ? 0 : 1);
  console.log(`e2e: ${selected.length + 1 - failed} passed, ${failed} failed (${elapsed(start)})`);
  if (failed === 0) fs.rmSync(WORK, { recursive: true, force: true });
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    console.error(`e2e: ${e.message}`);
    process.exitCode = 1;
  },
);
