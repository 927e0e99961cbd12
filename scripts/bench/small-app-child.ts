/**
 * One `cdk synth` of one of the ten app shapes of test/apps, as a user's app runs it: a fresh node
 * process (source maps on, as under tsx: AS_UNDER_TSX in small-apps.ts) loads aws-cdk-lib and the shape's service modules, then (unless plain) requires the
 * built package (dist/lib/index.js, what users install) and adds the aspect or the plugin, builds
 * the well-configured variant and synthesizes. Prints one JSON line. Bundled by small-apps.ts into
 * plain JavaScript, so no TypeScript compiler runs in the timed process.
 *
 *   node child.js <shape> <plain|aspect|plugin> <dist/lib/index.js> <outdir> [secure|insecure]
 */
import { performance } from 'perf_hooks';
import { App, Aspects, Validations } from 'aws-cdk-lib';
import type { AppShape } from '../../test/apps/shapes/common';
import { APP_SHAPES } from '../../test/apps/shapes';

export const SHAPES: Readonly<Record<string, AppShape>> = APP_SHAPES;

export interface SmallAppRun {
  readonly shape: string;
  readonly variant: string;
  /** Since the process started (node's own start-up included) until synth returned. */
  readonly totalMs: number;
  /** CPU (user + system) of the whole process until synth returned. */
  readonly cpuMs: number;
  /** `require` of the package. */
  readonly loadMs: number;
  readonly synthMs: number;
  readonly resources: number;
}

function main(): void {
  const [shapeName, variant, libPath, outdir, build = 'secure'] = process.argv.slice(2);
  const shape = SHAPES[shapeName];
  if (!shape) throw new Error(`small-app-child: no shape '${shapeName}'`);
  const app = new App({ outdir, context: shape.context });
  let loadMs = 0;
  if (variant !== 'plain') {
    const t = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require(libPath) as typeof import('../../lib');
    loadMs = performance.now() - t;
    if (variant === 'aspect') Aspects.of(app).add(new lib.SharedResponsibilityChecks());
    else Validations.of(app).addPlugins(new lib.SharedResponsibilityPlugin());
  }
  shape.build(app, build === 'insecure' ? 'insecure' : 'secure');
  const t = performance.now();
  const assembly = app.synth();
  const synthMs = performance.now() - t;
  const totalMs = performance.now();
  const cpu = process.cpuUsage();
  const resources = assembly.stacksRecursively.reduce(
    (n, s) => n + Object.keys((s.template as { Resources?: object }).Resources ?? {}).length,
    0,
  );
  const run: SmallAppRun = { shape: shapeName, variant, totalMs, cpuMs: (cpu.user + cpu.system) / 1000, loadMs, synthMs, resources };
  console.log(JSON.stringify(run));
}

if (require.main === module) main();
