/**
 * `npm run build`: the package as users load it (issue 14). `--no-declarations` skips tsc (the
 * benchmark builds the JavaScript only).
 *
 *   dist/lib/index.js     the library in one file: the engine, the reports, the catalog's manifest
 *   dist/rules/<svc>.js   each service's duties, required the first time a resource of its types is met
 *   dist/lib/cli.js       the `bin`; other entries in SIDE_ENTRIES the same way
 *   dist/lib/*.d.ts ...   declarations, only the files the public entries reach
 *   *.js.map              source maps: `node --enable-source-maps` points stack traces at lib/ and rules/
 *
 * Requiring 450 small modules cost about 250 ms after aws-cdk-lib; one bundle of everything still
 * spent 80 ms compiling 400 duties' prose. So the main bundle holds everything but the services, and
 * a service file or side entry reaches the engine's modules (lib/**) through the main bundle
 * (`__sharedModules`) rather than a copy of its own: one engine, one set of caches, whatever entry
 * loaded first. A rules/ helper another service imports is copied into both (they hold no state).
 */
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { catalogIndex } from '../rules';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const LIB = path.join(ROOT, 'lib');
const SHARED = '__sharedModules';
/** Entry points besides the library itself, built against the main bundle: lib/<name>.ts -> dist/lib/<name>.js. */
const SIDE_ENTRIES = ['cli', 'testing'];
/** Loaded by the user's app or by us only when needed; never bundled. */
const EXTERNAL = ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'yaml'];

const COMMON: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // WHY no sources in the maps: tsx, which `cdk init` apps run under, turns Node's source maps on, and
  // Node then reads a file's map as it loads the file. With the sources inside, the main bundle's map
  // was 650 KB and its require took 37-44 ms instead of 29-32 (six processes each); a stack trace
  // needs only file names and lines, which the maps keep.
  sourcesContent: false,
  external: EXTERNAL,
  logLevel: 'warning',
  // Names stay readable in stack traces and profiles; minifying saved little of the load (prose dominates).
  minify: false,
};
const NAMED_EXTERNALS = namedExternals(['aws-cdk-lib/core', 'constructs', 'fs', 'path', 'crypto']);

/**
 * Module id (path from the root, no extension) of a relative import of lib/ or of the catalog
 * (rules/index: a side entry such as `testing` must see the same lazy catalog), else undefined.
 */
function libModule(resolveDir: string, spec: string): string | undefined {
  const abs = path.resolve(resolveDir, spec);
  if (abs === path.join(ROOT, 'rules') || abs === path.join(ROOT, 'rules', 'index')) return 'rules/index';
  if (!abs.startsWith(LIB + path.sep)) return undefined;
  const rel = path.relative(ROOT, abs).split(path.sep).join('/');
  if (fs.existsSync(`${abs}.ts`)) return rel;
  if (fs.existsSync(path.join(abs, 'index.ts'))) return `${rel}/index`;
  return undefined;
}

/** Resolves imports of lib/ modules to the main bundle's copy; records which it needs to expose. */
function sharedLib(mainFromHere: string, needed: Set<string>, entry: string): esbuild.Plugin {
  return {
    name: 'shared-lib',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        if (args.namespace === 'shared-lib') return { path: mainFromHere, external: true };
        const id = libModule(args.resolveDir, args.path);
        if (id === undefined || path.join(ROOT, `${id}.ts`) === entry) return undefined;
        needed.add(id);
        return { path: id, namespace: 'shared-lib' };
      });
      // As an ES module with its names listed, not `module.exports = ...`: esbuild reaches a CommonJS
      // module through `__toESM`, a copy of all its exports per importing statement (nine in ec2.js).
      build.onLoad({ filter: /.*/, namespace: 'shared-lib' }, (args) => ({
        contents: [
          `const m = require(${JSON.stringify(mainFromHere)}).${SHARED}[${JSON.stringify(args.path)}];`,
          `export const { ${valueExports(args.path).join(', ')} } = m;`,
        ].join('\n'),
        loader: 'js',
        resolveDir: ROOT,
      }));
    },
  };
}

/**
 * The names a lib/ module exports as values, read from the module itself: the build runs under
 * ts-node, so requiring the source gives what the bundle's copy exports.
 */
function valueExports(id: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return Object.keys(require(path.join(ROOT, id)) as object).filter((name) => name !== '__esModule');
}

/**
 * Names the sources use as values (not types) from a package: `Stack` of `import { Stack } from
 * 'aws-cdk-lib'`, and `join` of `import * as path from 'path'` then `path.join(...)`.
 */
function valueImports(pkg: string): string[] {
  const names = new Set<string>();
  const quoted = `'${pkg.replace(/[-/]/g, '\\$&')}'`;
  const named = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${quoted}`, 'g');
  const namespace = new RegExp(`import\\s*\\*\\s*as\\s+(\\w+)\\s+from\\s*${quoted}`, 'g');
  const visit = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (p.endsWith('.ts')) {
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(named)) {
          for (const part of m[1].split(',')) {
            const name = part.trim();
            if (name !== '' && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
          }
        }
        for (const m of text.matchAll(namespace)) {
          for (const use of text.matchAll(new RegExp(`\\b${m[1]}\\.(\\w+)`, 'g'))) names.add(use[1]);
        }
      }
    }
  };
  visit(LIB);
  visit(path.join(ROOT, 'rules'));
  return [...names].sort();
}

/**
 * esbuild reaches an external CommonJS package through `__toESM`, which copies every export onto a
 * new object, once per importing file: aws-cdk-lib exports 532 names, and five copies of them cost
 * 50-80 ms at require. Each package is reached instead through the names the sources use, each read
 * on first use: aws-cdk-lib loads its core classes lazily too, and reading `Stack` at our require
 * would load them (150 ms) before the app needs them. The sources import `aws-cdk-lib/core`, not the
 * root index: an app as `cdk init` writes it imports `aws-cdk-lib/core` and the services it uses,
 * and the root index (163 KB, all 300-odd service namespaces) cost 14 ms to load after them, 22
 * under tsx. Node's `fs` and `path` the same way (23 copies of their exports cost about 3 ms), and
 * `crypto`, which with the streams it loads cost about 8 ms at require, loads when a temporary file
 * name is first drawn.
 */
function namedExternals(packages: readonly string[]): esbuild.Plugin {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[-/]/g, '\\$&')).join('|')})$`);
  return {
    name: 'named-externals',
    setup(build) {
      // A `require()` call (SARIF's lazy `require('crypto')`) reads names the imports do not list: left as it is.
      build.onResolve({ filter }, (args) =>
        args.namespace === 'named-externals' || args.kind === 'require-call'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'named-externals' },
      );
      build.onLoad({ filter: /.*/, namespace: 'named-externals' }, (args) => ({
        contents: [
          `let pkg;`,
          `Object.defineProperty(exports, '__esModule', { value: true });`,
          `for (const name of ${JSON.stringify(valueImports(args.path))}) {`,
          `  Object.defineProperty(exports, name, { enumerable: true, get: () => (pkg ??= require(${JSON.stringify(args.path)}))[name] });`,
          `}`,
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}

/** The main bundle: the manifest inlined, each service's `require('./<svc>')` left to its own file. */
function lazyServices(manifestJson: string, services: ReadonlySet<string>): esbuild.Plugin {
  const rulesDir = path.join(ROOT, 'rules');
  return {
    name: 'lazy-services',
    setup(build) {
      build.onResolve({ filter: /^\.\/[\w-]+$/ }, (args) => {
        const name = args.path.slice(2);
        if (args.importer !== path.join(rulesDir, 'index.ts')) return undefined;
        if (name === 'manifest') return { path: 'manifest', namespace: 'manifest' };
        if (services.has(name)) return { path: `../rules/${name}.js`, external: true };
        return undefined;
      });
      // A string for JSON.parse, not an object literal: V8 parses 60 KB of JSON faster than it
      // compiles and runs the same literal (about 1 ms of every require, measured in fresh processes).
      build.onLoad({ filter: /.*/, namespace: 'manifest' }, () => ({
        contents: `export const MANIFEST = JSON.parse(${JSON.stringify(manifestJson)});`,
        loader: 'js',
      }));
    },
  };
}

/** Declaration files the public entries reach, following relative imports; the rest are deleted. */
function pruneDeclarations(roots: readonly string[]): number {
  const keep = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (keep.has(file) || !fs.existsSync(file)) continue;
    keep.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/g)) {
      const base = path.resolve(path.dirname(file), m[1]);
      queue.push(fs.existsSync(`${base}.d.ts`) ? `${base}.d.ts` : path.join(base, 'index.d.ts'));
    }
  }
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        walk(p);
        if (fs.readdirSync(p).length === 0) fs.rmdirSync(p);
      } else if (p.endsWith('.d.ts') && !keep.has(p)) fs.rmSync(p);
    }
  };
  walk(DIST);
  return keep.size;
}

async function main(): Promise<void> {
  const started = Date.now();
  fs.rmSync(DIST, { recursive: true, force: true });

  const manifest = catalogIndex.manifest();
  const services = new Set(manifest.services.map((s) => s.name));
  const needed = new Set<string>();

  await esbuild.build({
    ...COMMON,
    entryPoints: manifest.services.map((s) => ({ in: path.join(ROOT, 'rules', s.name, 'index.ts'), out: s.name })),
    outdir: path.join(DIST, 'rules'),
    plugins: [NAMED_EXTERNALS, sharedLib('../lib/index.js', needed, '')],
  });
  const sides = SIDE_ENTRIES.filter((name) => fs.existsSync(path.join(LIB, `${name}.ts`)));
  for (const name of sides) {
    const entry = path.join(LIB, `${name}.ts`);
    await esbuild.build({
      ...COMMON,
      entryPoints: [entry],
      outfile: path.join(DIST, 'lib', `${name}.js`),
      plugins: [NAMED_EXTERNALS, sharedLib('./index.js', needed, entry)],
    });
  }

  // The benchmark reads the engine's phase timings from the bundle it measures (scripts/bench/phases.ts).
  needed.add('lib/private/timings');
  const ids = [...needed].sort();
  const contents = [
    `export * from './lib/index';`,
    ...ids.map((id, i) => `import * as m${i} from './${id}';`),
    `export const ${SHARED} = {`,
    ...ids.map((id, i) => `  ${JSON.stringify(id)}: m${i},`),
    `};`,
  ].join('\n');
  await esbuild.build({
    ...COMMON,
    stdin: { contents, resolveDir: ROOT, sourcefile: 'bundle-entry.ts', loader: 'ts' },
    outfile: path.join(DIST, 'lib', 'index.js'),
    plugins: [NAMED_EXTERNALS, lazyServices(JSON.stringify(manifest), services)],
  });

  let declarations = 0;
  if (!process.argv.includes('--no-declarations')) {
    const tsc = spawnSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--emitDeclarationOnly', '--outDir', 'dist'],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (tsc.status !== 0) throw new Error('build: tsc could not emit the declarations');
    declarations = pruneDeclarations(['index', ...sides].map((n) => path.join(DIST, 'lib', `${n}.d.ts`)));
  }

  check(manifest.services.reduce((n, s) => n + s.duties.length, 0));
  console.log(
    `build: dist/lib/index.js, ${services.size} service files, ${sides.length} side entries (${sides.join(', ')}), ` +
      `${ids.length} shared modules, ${declarations} declaration files, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/**
 * The bundle loads no service and no module of Node's own at require (`crypto` slipped in once, with
 * 8 ms of streams), and loads every duty when asked for the catalog.
 */
function check(duties: number): void {
  const probe = `
    const before = new Set(Object.keys(require.cache));
    const builtinsBefore = new Set(process.moduleLoadList);
    const lib = require(${JSON.stringify(path.join(DIST, 'lib', 'index.js'))});
    const services = Object.keys(require.cache).filter((f) => !before.has(f) && f.includes('${path.sep}rules${path.sep}'));
    if (services.length) throw new Error('loaded at require: ' + services.join(', '));
    const builtins = process.moduleLoadList.filter((m) => !builtinsBefore.has(m));
    if (builtins.length) throw new Error('Node modules loaded at require: ' + builtins.join(', '));
    if (lib.catalog.length !== ${duties}) throw new Error('catalog has ' + lib.catalog.length + ' duties, expected ${duties}');
    if (typeof lib.SharedResponsibilityChecks !== 'function') throw new Error('no SharedResponsibilityChecks export');
    // The bundle's own code paths, as the package ships them: jest runs the sources, so a name the
    // bundling left out (SARIF's crypto.createHash once) would otherwise show only in the e2e.
    const results = lib.scanTemplate({ Resources: { Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } } });
    if (!results.resources.some((r) => r.duties.some((d) => d.outcome === 'unconfigured'))) throw new Error('scanTemplate found nothing on a bare bucket');
    lib.renderMarkdown(results);
    lib.renderCsv(results);
    lib.renderSarif(results, { repoRoot: process.cwd() });`;
  const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build: the bundle does not load as expected:\n${r.stderr}`);
  // With source maps on (tsx turns them on), a stack trace from inside the bundle names our TypeScript.
  const traced = `
    let stack;
    try { require(${JSON.stringify(path.join(DIST, 'lib', 'index.js'))}).renderMarkdown(null); } catch (e) { stack = e.stack; }
    if (stack === undefined) throw new Error('renderMarkdown(null) threw nothing: the check needs another way to fail inside the bundle');
    if (!/[\\/]lib[\\/][\\w/\\\\.-]+\\.ts:\\d+:\\d+/.test(stack)) throw new Error('no lib/*.ts frame in: ' + stack);`;
  const t = spawnSync(process.execPath, ['--enable-source-maps', '-e', traced], { cwd: ROOT, encoding: 'utf8' });
  if (t.status !== 0) throw new Error(`build: the source maps do not point stack traces at the sources:\n${t.stderr}`);
  // An app as `cdk init` writes it imports aws-cdk-lib/core and the services it uses: a synth with
  // the checks must load no module of aws-cdk-lib that plain synth does not (the root index, 14-22
  // ms; the ECS drain hook's file, which loads aws-lambda and aws-autoscaling, 40 ms).
  const coreOnly = `
    const fs = require('fs'), os = require('os'), path = require('path');
    const core = require('aws-cdk-lib/core'); const s3 = require('aws-cdk-lib/aws-s3');
    const lib = require(${JSON.stringify(path.join(DIST, 'lib', 'index.js'))});
    const cdkModules = () => new Set(Object.keys(require.cache).filter((f) => f.includes('aws-cdk-lib')));
    const synth = (checked) => {
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-check-'));
      try {
        const app = new core.App({ outdir });
        new s3.Bucket(new core.Stack(app, 'S'), 'B');
        if (checked) {
          core.Aspects.of(app).add(new lib.SharedResponsibilityChecks());
          core.Validations.of(app).addPlugins(new lib.SharedResponsibilityPlugin());
        } else {
          // CDK's own machinery for any validation plugin, loaded by plain synth too.
          core.Validations.of(app).addPlugins({ name: 'none', validate: () => ({ success: true, violations: [] }) });
        }
        app.synth();
        if (checked && !fs.existsSync(path.join(outdir, 'shared-responsibility.results.json'))) throw new Error('the synth wrote no results file');
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    };
    synth(false);
    const plain = cdkModules();
    synth(true);
    const added = [...cdkModules()].filter((f) => !plain.has(f));
    if (added.length) throw new Error('a synth with the checks loaded what plain synth does not: ' + added.join(', '));
    // Nor the SAM expansions (rules/sam.js, 20 KB) for an app with no SAM resource.
    if (require.cache[${JSON.stringify(path.join(DIST, 'rules', 'sam.js'))}]) throw new Error('a synth without SAM resources loaded rules/sam.js');`;
  const c = spawnSync(process.execPath, ['-e', coreOnly], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CDK_VALIDATION: 'false' },
  });
  if (c.status !== 0) throw new Error(`build: a synth with the bundle's checks loads what plain synth does not, or fails:\n${c.stderr}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
