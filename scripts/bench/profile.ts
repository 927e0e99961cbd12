import * as fs from 'fs';
import * as path from 'path';

/** The parts of a V8 .cpuprofile (node --cpu-prof) that we read. */
interface CpuProfile {
  readonly nodes: readonly { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileRow {
  readonly fn: string;
  readonly ms: number;
  /** Share of the time under the root function. */
  readonly share: number;
}

export interface ProfileSummary {
  readonly file: string;
  /** Milliseconds sampled under the root function (app.synth). */
  readonly totalMs: number;
  /** Inclusive time of the engine's functions (each counted once per sample, however deep the recursion). */
  readonly engine: readonly ProfileRow[];
  /** Self time by where the code lives: this library, aws-cdk-lib, cdk-nag, constructs, Node.js, other. */
  readonly selfByArea: readonly ProfileRow[];
  readonly topInclusive: readonly ProfileRow[];
  readonly topSelf: readonly ProfileRow[];
  /** The same, among functions of this library (lib/, rules/) only. */
  readonly oursInclusive: readonly ProfileRow[];
  readonly oursSelf: readonly ProfileRow[];
}

/**
 * Functions whose inclusive time we report, by name and the file they live in: the engine's
 * phases, and the CDK synth steps they run inside.
 */
const ENGINE: readonly { label: string; name: string | readonly string[]; file: string }[] = [
  { label: 'invokeAspects (CDK; our visit() included)', name: ['invokeAspects', 'invokeAspectsV2'], file: 'core/lib/private/synthesis.js' },
  { label: '  SharedResponsibilityChecks.visit', name: 'visit', file: 'lib/checks.ts' },
  { label: 'prepareApp (CDK)', name: 'prepareApp', file: 'core/lib/private/prepare-app.js' },
  { label: 'validateTree (CDK; our main run)', name: 'validateTree', file: 'core/lib/private/synthesis.js' },
  { label: '  runEngine', name: 'runEngine', file: 'lib/private/run.ts' },
  { label: '    collect', name: 'collect', file: 'lib/private/collect.ts' },
  { label: '    toRecord (resolve: types with duties)', name: 'toRecord', file: 'lib/private/resolve.ts' },
  { label: '    lazyRecord (other types: resolved when read)', name: 'lazyRecord', file: 'lib/private/resolve.ts' },
  { label: '    readFromTemplates (read)', name: 'readFromTemplates', file: 'lib/private/read-templates.ts' },
  { label: '    ResourceIndex (index)', name: 'ResourceIndex', file: 'lib/model/resource-index.ts' },
  { label: '    evaluateAll', name: 'evaluateAll', file: 'lib/private/evaluate.ts' },
  { label: '  annotate', name: 'annotate', file: 'lib/private/annotate.ts' },
  { label: 'synthesizeTree (CDK: templates)', name: 'synthesizeTree', file: 'core/lib/private/synthesis.js' },
  { label: 'validateTemplates (CDK: validation plugins)', name: 'validateTemplates', file: 'core/lib/private/synthesis-validation.js' },
  { label: '  SharedResponsibilityPlugin.validate', name: 'validate', file: 'lib/plugin.ts' },
  { label: '  ScopeRun plugin: coverTheStages', name: 'coverTheStages', file: 'lib/private/scope-run.ts' },
  { label: '  writeOutputs (results file + reports)', name: 'writeOutputs', file: 'lib/private/outputs.ts' },
  { label: '    buildResults', name: 'buildResults', file: 'lib/private/write-results.ts' },
  { label: '    resultsJson', name: 'resultsJson', file: 'lib/private/write-results.ts' },
  { label: '    writeReports', name: 'writeReports', file: 'lib/report/write.ts' },
  { label: '      renderMarkdown', name: 'renderMarkdown', file: 'lib/report/markdown.ts' },
  { label: '      renderSarif', name: 'renderSarif', file: 'lib/report/sarif.ts' },
  { label: '      renderCsv', name: 'renderCsv', file: 'lib/report/csv.ts' },
  { label: '    writeAtomically', name: 'writeAtomically', file: 'lib/private/write-results.ts' },
  { label: '  ConstructTree (CDK report)', name: 'ConstructTree', file: 'core/lib/validation/private/construct-tree.js' },
];

export function newestProfile(dir: string): string {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  return path.join(dir, files.sort((a, b) => fs.statSync(path.join(dir, b)).mtimeMs - fs.statSync(path.join(dir, a)).mtimeMs)[0]);
}

/** Inclusive and self times under the frames named `rootName` (the probe's timedSynth). */
export function summarizeProfile(file: string, rootName: string, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number): string => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
  };
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const area = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const chain: number[] = [];
    let underRoot = false;
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      chain.push(id);
      if (byId.get(id)!.callFrame.functionName === rootName) {
        underRoot = true;
        break;
      }
    }
    if (!underRoot) continue;
    total += dt;
    const leaf = byId.get(chain[0])!.callFrame;
    bump(self, keyOf(chain[0]), dt);
    bump(area, areaOf(leaf.url, leaf.functionName), dt);
    const seen = new Set<string>();
    for (const id of chain) {
      const k = keyOf(id);
      if (seen.has(k)) continue;
      seen.add(k);
      bump(inclusive, k, dt);
    }
  }
  const rows = (m: Map<string, number>, n: number): ProfileRow[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([fn, ms]) => ({ fn, ms, share: total > 0 ? ms / total : 0 }));
  const engine = ENGINE.map(({ label, name, file: f }) => {
    const names = typeof name === 'string' ? [name] : name;
    let ms = 0;
    for (const [k, v] of inclusive) if (names.some((n) => k.startsWith(`${n} `)) && k.includes(f)) ms += v;
    return { fn: label, ms, share: total > 0 ? ms / total : 0 };
  });
  const ours = (m: Map<string, number>) => new Map([...m].filter(([k]) => isOurs(k.slice(k.indexOf(' ') + 1))));
  return {
    file,
    totalMs: total,
    engine,
    selfByArea: rows(area, 10),
    topInclusive: rows(inclusive, top),
    topSelf: rows(self, top),
    oursInclusive: rows(ours(inclusive), top),
    oursSelf: rows(ours(self), top),
  };
}

function bump(m: Map<string, number>, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

function shortUrl(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const root = `${process.cwd()}/`;
  const plain = url.replace(/^file:\/\//, '');
  return plain.startsWith(root) ? plain.slice(root.length) : plain;
}

/** A short url (see shortUrl) of this library's own code. */
function isOurs(short: string): boolean {
  return short.startsWith('lib/') || short.startsWith('rules/');
}

function areaOf(url: string, fn: string): string {
  if (url.includes('node_modules/aws-cdk-lib/')) return 'aws-cdk-lib';
  if (url.includes('node_modules/cdk-nag/')) return 'cdk-nag';
  if (url.includes('node_modules/constructs/')) return 'constructs';
  if (url.includes('node_modules/')) return 'other node_modules';
  if (isOurs(shortUrl(url))) return 'this library (lib/, rules/)';
  if (url.startsWith('node:') || url === '') return fn === '(garbage collector)' ? 'garbage collector' : 'Node.js / V8 built-ins';
  return 'other';
}
