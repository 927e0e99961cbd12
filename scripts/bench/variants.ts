import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Aspects, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { type BenchApp, buildApp } from './app';
import { BENCH_LIB } from './env';

/** What is added to the app before `app.synth()`. */
export const VARIANTS = ['plain', 'aspect', 'plugin', 'nag'] as const;
export type Variant = (typeof VARIANTS)[number];

export const VARIANT_LABELS: Readonly<Record<Variant, string>> = {
  plain: 'plain synth',
  aspect: 'SharedResponsibilityChecks (aspect)',
  plugin: 'SharedResponsibilityPlugin (validation plugin)',
  nag: 'cdk-nag 3 AwsSolutionsChecks (validation plugin)',
};

/**
 * The package under test: the built bundle users install (`dist/lib/index.js`), when the benchmark
 * names it in `SR_BENCH_LIB` after building it, else the sources. WHY the bundle: loaded from the
 * sources through ts-node, the catalog loads every service when the checks are constructed (the
 * sources have no prebuilt manifest) and ts-node keeps each transpiled file and its source map, about
 * 15 MB of heap that users do not have; the bundle loads a service when the synth meets its types.
 */
export function packageUnderTest(): typeof import('../../lib') {
  const lib = process.env[BENCH_LIB];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(lib ? lib : '../../lib') as typeof import('../../lib');
}

/** Registers the variant's checks on a freshly built app; construction is not timed. */
export function register(variant: Variant, bench: BenchApp): void {
  switch (variant) {
    case 'plain':
      return;
    case 'aspect':
      Aspects.of(bench.app).add(new (packageUnderTest().SharedResponsibilityChecks)());
      return;
    case 'plugin':
      Validations.of(bench.app).addPlugins(new (packageUnderTest().SharedResponsibilityPlugin)());
      return;
    case 'nag':
      Validations.of(bench.app).addPlugins(new AwsSolutionsChecks(bench.app));
      return;
  }
}

export function tempOutdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'srb-bench-'));
}

export function removeOutdir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A fresh app of this size with the variant registered, in its own temporary cloud assembly directory. */
export function prepare(variant: Variant, size: number, seed: number): { bench: BenchApp; outdir: string } {
  const outdir = tempOutdir();
  const bench = buildApp({ size, seed, outdir });
  register(variant, bench);
  return { bench, outdir };
}

/** Milliseconds since `start` (from process.hrtime.bigint()). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
