import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { coveredTypes } from '../vocabulary';

/**
 * Reduces the templates captured from the rule tests (capture.js) to the seed corpus of the
 * property tests: Resources only, attributes the duties read, long strings (inline code) cut,
 * duplicates dropped. Run: npx ts-node --transpile-only test/property/seeds/build-seeds.ts DIR
 */
const KEEP = ['Type', 'Properties', 'DeletionPolicy', 'UpdateReplacePolicy', 'Condition'];
const covered = new Set(coveredTypes);

function shorten(x: unknown): unknown {
  if (typeof x === 'string') return x.length > 200 ? `${x.slice(0, 40)}...` : x;
  if (Array.isArray(x)) return x.map(shorten);
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, shorten(v)]));
  return x;
}

const dir = process.argv[2];
const seen = new Set<string>();
const seeds: unknown[] = [];
for (const f of fs.readdirSync(dir).sort()) {
  const template = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { Resources?: Record<string, Record<string, unknown>> };
  const resources: Record<string, unknown> = {};
  for (const [id, r] of Object.entries(template.Resources ?? {})) {
    if (r.Type === 'AWS::CDK::Metadata') continue;
    resources[id] = shorten(Object.fromEntries(KEEP.filter((k) => k in r).map((k) => [k, r[k]])));
  }
  if (!Object.values(resources).some((r) => covered.has((r as { Type: string }).Type))) continue;
  const text = JSON.stringify(resources);
  const hash = crypto.createHash('sha1').update(text).digest('hex');
  if (seen.has(hash)) continue;
  seen.add(hash);
  seeds.push({ Resources: resources });
}
const target = path.resolve(__dirname, '..', '..', 'fixtures', 'property-seeds.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, `${JSON.stringify(seeds)}\n`);
console.log(`${seeds.length} seed templates, ${fs.statSync(target).size} bytes -> ${target}`);
