import * as fs from 'fs';
import * as path from 'path';
import type { Seed, Template } from '../arbitraries';
import { checkMutation, interestingPositions, type Mutation, NO_VALUE, outcomeMap, type Property } from '../soundness';
import { scanTemplate } from '../../../lib/scan';

/**
 * Sweeps every seed template, every interesting position and two alternatives (AWS::NoValue and a
 * parameter) through the soundness properties, keeps the smallest violating template per
 * (property, duty), shrinks it by dropping resources the violation does not need, and writes
 * test/fixtures/soundness-reproducers.json. Slow (minutes); the property test samples the same
 * space in seconds. Run: npx ts-node --transpile-only test/property/seeds/find-reproducers.ts
 */
export interface Reproducer {
  readonly property: Property;
  readonly dutyId: string;
  readonly template: Template;
  readonly mutation: Mutation;
  readonly detail: string;
}

const seeds = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'fixtures', 'property-seeds.json'), 'utf8')) as Seed[];
const ALTS = [NO_VALUE, { Ref: 'Param' }];
const found = new Map<string, Reproducer>();
const size = (t: Template) => JSON.stringify(t).length;

function violates(t: Template, m: Mutation, property: Property, dutyId: string): string | undefined {
  return checkMutation(t, m).find((v) => v.property === property && v.dutyId === dutyId)?.detail;
}

for (const seed of seeds) {
  const base = outcomeMap(scanTemplate(seed));
  for (const [id, r] of Object.entries(seed.Resources)) {
    for (const at of interestingPositions(r.Properties ?? {})) {
      for (const alt of ALTS) {
        const m: Mutation = { resource: id, at, alt };
        for (const v of checkMutation(seed, m, base)) {
          const key = `${v.property} ${v.dutyId}`;
          const prev = found.get(key);
          if (!prev || size(seed) < size(prev.template))
            found.set(key, { property: v.property, dutyId: v.dutyId, template: seed, mutation: m, detail: v.detail });
        }
      }
    }
  }
}

const reproducers: Reproducer[] = [];
for (const rep of [...found.values()].sort((a, b) => `${a.dutyId} ${a.property}`.localeCompare(`${b.dutyId} ${b.property}`))) {
  let template = rep.template;
  for (const id of Object.keys(template.Resources)) {
    if (id === rep.mutation.resource) continue;
    const { [id]: _dropped, ...rest } = template.Resources;
    const smaller = { Resources: rest };
    if (violates(smaller, rep.mutation, rep.property, rep.dutyId)) template = smaller;
  }
  reproducers.push({ ...rep, template, detail: violates(template, rep.mutation, rep.property, rep.dutyId) ?? rep.detail });
}
const target = path.resolve(__dirname, '..', '..', 'fixtures', 'soundness-reproducers.json');
fs.writeFileSync(target, `${JSON.stringify(reproducers, null, 1)}\n`);
for (const r of reproducers)
  console.log(r.property, r.dutyId, Object.keys(r.template.Resources).length, r.mutation.resource, r.mutation.at.join('.'));
