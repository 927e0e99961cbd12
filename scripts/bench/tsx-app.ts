/**
 * `npm run bench:tsx`: what a user's `cdk synth` pays, on the user's own path. An app as `cdk init app
 * --language typescript` generates it (tsx, TypeScript 7, aws-cdk-lib/core imports), the package
 * installed from the tarball `npm pack` makes, the app run the way its cdk.json runs it (`tsx
 * bin/<app>.ts`): plain, and with the aspect (or the plugin) of this checkout's package and, with
 * `--against`, another checkout's. Whole processes, interleaved (order rotated per repetition); wall time and
 * the CPU time of the process tree (tsx runs its loader on a second thread).
 *
 * WHY beside the small apps of `npm run bench`: those run a bundled child with source maps on, as
 * tsx turns them on; only this run has tsx's own module hooks, the generated tsconfig and imports,
 * and the package as npm installs it. It reaches the npm registry to install the generated app once
 * (kept in bench/out/tsx-app), so it is not part of CI.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { fmt, median, rotate, table } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');

const HELP = `usage: npm run bench:tsx -- [--against <checkout>] [--variant aspect] [--runs 10] [--app bench/out/tsx-app]

  --against  root of another checkout of this repository (its package is packed there too)
  --variant  aspect (SharedResponsibilityChecks) or plugin (SharedResponsibilityPlugin)
  --runs     whole-process synths per side
  --app      where the generated app lives; generated and installed when it has no node_modules`;

/** A service as people write one: the L2s of a small stack, granted to each other. */
const APP_SOURCE = `import * as cdk from 'aws-cdk-lib/core';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';

const app = new cdk.App();
if (process.env.SR_PACKAGE) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SharedResponsibilityChecks, SharedResponsibilityPlugin } = require(process.env.SR_PACKAGE);
  if (process.env.SR_VARIANT === 'plugin') cdk.Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
  else cdk.Aspects.of(app).add(new SharedResponsibilityChecks());
}
const stack = new cdk.Stack(app, 'Service');
const bucket = new s3.Bucket(stack, 'Uploads', { enforceSSL: true, versioned: true });
const queue = new sqs.Queue(stack, 'Jobs', { enforceSSL: true });
const table = new dynamodb.TableV2(stack, 'Items', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
bucket.grantRead(worker);
queue.grantConsumeMessages(worker);
table.grantReadWriteData(worker);
app.synth();
`;

function runOk(cmd: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench:tsx: ${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`);
  return r.stdout;
}

/** The app `cdk init` generates with the CLI this repository pins, installed with the aws-cdk-lib it pins. */
function generateApp(dir: string): void {
  if (fs.existsSync(path.join(dir, 'node_modules', '.bin', 'tsx'))) return;
  fs.mkdirSync(dir, { recursive: true });
  runOk(
    process.execPath,
    [path.join(ROOT, 'node_modules/aws-cdk/bin/cdk'), 'init', 'app', '--language', 'typescript', '--generate-only'],
    dir,
  );
  const cdkLib = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/aws-cdk-lib/package.json'), 'utf8')) as { version: string })
    .version;
  runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error', `aws-cdk-lib@${cdkLib}`], dir);
}

/** The package of `checkout` as npm installs it: packed there (which builds it), unpacked into the app's `sides/<label>`. */
function installSide(checkout: string, app: string, label: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tsx-'));
  try {
    const name = runOk('npm', ['pack', '--silent', '--pack-destination', tmp], checkout).trim().split('\n').pop()!;
    const dest = path.join(app, 'sides', label);
    fs.rmSync(dest, { recursive: true, force: true });
    fs.mkdirSync(dest, { recursive: true });
    // Below the app, the package finds the app's aws-cdk-lib and constructs as an installed one does.
    runOk('tar', ['xzf', path.join(tmp, name), '-C', dest, '--strip-components', '1'], app);
    return dest;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const VARIANTS = ['aspect', 'plugin'] as const;
type Variant = (typeof VARIANTS)[number];

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** One `tsx bin/bench.ts`, the checks of `pkg` added as `variant` unless `pkg` is undefined. */
function synth(app: string, pkg: string | undefined, variant: Variant): Run {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tsx-out-'));
  try {
    const start = process.hrtime.bigint();
    // bash's `time` sums the CPU of the whole process tree: tsx's CLI, node and the loader thread.
    const r = spawnSync('bash', ['-c', `TIMEFORMAT='%3U %3S'; time node_modules/.bin/tsx bin/bench.ts >/dev/null`], {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, CDK_OUTDIR: outdir, CDK_VALIDATION: 'false', SR_PACKAGE: pkg ?? '', SR_VARIANT: variant },
    });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`bench:tsx: the app failed:\n${r.stderr}`);
    const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    return { wallMs, cpuMs: (user + sys) * 1000 };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      against: { type: 'string' },
      runs: { type: 'string', default: '10' },
      variant: { type: 'string', default: 'aspect' },
      app: { type: 'string', default: path.join('bench', 'out', 'tsx-app') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(HELP);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench:tsx: --runs takes an integer >= 1.\n\n${HELP}`);
  const variant = values.variant as Variant;
  if (!VARIANTS.includes(variant)) throw new Error(`bench:tsx: --variant is aspect or plugin.\n\n${HELP}`);
  const app = path.resolve(ROOT, values.app);
  generateApp(app);
  fs.writeFileSync(path.join(app, 'bin', 'bench.ts'), APP_SOURCE);
  const sides: { label: string; pkg: string | undefined }[] = [
    { label: 'plain', pkg: undefined },
    { label: `${variant} (this checkout)`, pkg: installSide(ROOT, app, 'this') },
  ];
  if (values.against)
    sides.push({ label: `${variant} (${path.basename(values.against)})`, pkg: installSide(path.resolve(values.against), app, 'against') });
  // Once each, untimed: tsx compiles bin/bench.ts into its cache on the first run.
  for (const s of sides) synth(app, s.pkg, variant);
  const measured = sides.map(() => [] as Run[]);
  for (let r = 0; r < runs; r++) {
    for (const i of rotate(
      sides.map((_, k) => k),
      r % sides.length,
    ))
      measured[i].push(synth(app, sides[i].pkg, variant));
    console.error(`  repetition ${r + 1}/${runs} done`);
  }
  const wall = measured.map((m) => median(m.map((x) => x.wallMs)));
  const cpu = measured.map((m) => median(m.map((x) => x.cpuMs)));
  console.log(
    `\nA cdk init app under tsx, the package installed from its tarball, ${runs} whole processes per side, interleaved: medians, ms`,
  );
  console.log(
    table([
      ['', 'wall', 'over plain', 'CPU', 'over plain', 'wall range'],
      ...sides.map((s, i) => [
        s.label,
        fmt.ms(wall[i]),
        i === 0 ? '' : `${fmt.ms(wall[i] - wall[0])} (${fmt.pct((wall[i] - wall[0]) / wall[0])})`,
        fmt.ms(cpu[i]),
        i === 0 ? '' : `${fmt.ms(cpu[i] - cpu[0])} (${fmt.pct((cpu[i] - cpu[0]) / cpu[0])})`,
        `${fmt.ms(Math.min(...measured[i].map((x) => x.wallMs)))}-${fmt.ms(Math.max(...measured[i].map((x) => x.wallMs)))}`,
      ]),
    ]),
  );
}

main();
