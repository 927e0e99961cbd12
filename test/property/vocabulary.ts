import * as fs from 'fs';
import * as path from 'path';
import { catalog } from '../../rules';

/**
 * What a generator needs to reach deep into the duties: the property names and the literal values
 * they compare against. Taken from the string literals of the duty sources themselves (each
 * service folder of rules/, plus the shared readers in lib/model), so a new duty's vocabulary is
 * picked up without anyone maintaining a list. It only steers generation: a literal the duties do
 * not read just makes a property nobody looks at, which is also valid input.
 */
export interface Vocabulary {
  /** Property and key names (single segments), e.g. `BucketEncryption`, `aws:SecureTransport`. */
  readonly keys: readonly string[];
  /** Dot-separated paths read as a whole, e.g. `LaunchTemplateData.MetadataOptions.HttpTokens`. */
  readonly paths: readonly string[][];
  /** Literal values the duties compare against, e.g. `aws:kms`, `Enabled`, `TLSv1.2`. */
  readonly values: readonly string[];
}

const ROOT = path.resolve(__dirname, '..', '..');
const LITERAL = /'((?:[^'\\\n]|\\.){1,80})'/g;
const KEY_PATH = /^[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/;
const CONDITION_KEY = /^[a-z0-9-]+:[A-Za-z0-9/_-]+$/;

function literalsOf(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(LITERAL)) out.add(m[1]);
  }
  return out;
}

function tsFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

const shared = literalsOf([...tsFiles(path.join(ROOT, 'lib', 'model')), ...tsFiles(path.join(ROOT, 'lib', 'model', 'evidence'))]);

/** Service folder of each duty (rules/<service>/<duty-id>.ts). */
const folderOf = new Map<string, string>();
for (const service of fs.readdirSync(path.join(ROOT, 'rules'))) {
  const dir = path.join(ROOT, 'rules', service);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.ts')) folderOf.set(f.replace(/\.ts$/, ''), dir);
}

const cache = new Map<string, Vocabulary>();

export function vocabularyFor(type: string): Vocabulary {
  const hit = cache.get(type);
  if (hit) return hit;
  const dirs = new Set<string>();
  for (const d of catalog) if (d.resourceTypes.includes(type) && folderOf.has(d.id)) dirs.add(folderOf.get(d.id)!);
  const literals = new Set<string>(shared);
  for (const dir of dirs) for (const l of literalsOf(tsFiles(dir))) literals.add(l);
  const keys = new Set<string>();
  const paths: string[][] = [];
  const values: string[] = [];
  for (const l of literals) {
    if (l.startsWith('AWS::') || l.startsWith('Custom::')) continue;
    if (KEY_PATH.test(l)) {
      const segments = l.split('.');
      for (const s of segments) if (!/^\d+$/.test(s)) keys.add(s);
      if (segments.length > 1) paths.push(segments);
    }
    if (CONDITION_KEY.test(l)) keys.add(l);
    if (l.length <= 60) values.push(l);
  }
  const v = { keys: [...keys].sort(), paths, values: values.sort() };
  cache.set(type, v);
  return v;
}

/**
 * Every CloudFormation resource type any duty covers, sorted. `AWS::Account` is left out: it is the
 * engine's pseudo type for account-level duties, never a resource of a template.
 */
export const coveredTypes: readonly string[] = [...new Set(catalog.flatMap((d) => d.resourceTypes))]
  .filter((t) => t !== 'AWS::Account')
  .sort();

let all: Vocabulary | undefined;

/** The union of every covered type's vocabulary. */
export function vocabularyOfAll(): Vocabulary {
  if (all) return all;
  const keys = new Set<string>();
  const values = new Set<string>();
  const paths: string[][] = [];
  for (const t of coveredTypes) {
    const v = vocabularyFor(t);
    v.keys.forEach((k) => keys.add(k));
    v.values.forEach((x) => values.add(x));
    paths.push(...v.paths);
  }
  all = { keys: [...keys].sort(), paths, values: [...values].sort() };
  return all;
}
