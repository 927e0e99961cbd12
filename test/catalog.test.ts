import * as fs from 'fs';
import * as path from 'path';
import { ACCOUNT_TYPE } from '../lib/model/account';
import { CATEGORIES, SEVERITIES, type Duty } from '../lib/model/duty';
import { catalog, resourceTypes } from '../rules';
import { DUTIES_DOC, dutiesDocument } from '../scripts/generate-docs';

const RULES = path.join(__dirname, '..', 'rules');
const TESTS = path.join(__dirname, 'rules');
const NOT_DUTIES = new Set(['index.ts', 'helpers.ts']);

const services = fs.readdirSync(RULES).filter((f) => fs.statSync(path.join(RULES, f)).isDirectory());
const dutyFiles = services.flatMap((service) =>
  fs
    .readdirSync(path.join(RULES, service))
    .filter((f) => f.endsWith('.ts') && !NOT_DUTIES.has(f))
    .map((f) => ({ service, id: f.replace(/\.ts$/, '') })),
);

describe('the duty catalog', () => {
  it('has unique, readable kebab-case ids', () => {
    const ids = catalog.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it.each(dutyFiles)('$service/$id: file name is the id, it is registered in sorted order, and it has a test', ({ service, id }) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const duty = require(path.join(RULES, service, id)).default as Duty;
    expect(duty.id).toBe(id);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const registered = (require(path.join(RULES, service)).duties as Duty[]).map((d) => d.id);
    expect(registered).toContain(id);
    expect(registered).toEqual([...registered].sort());
    expect(fs.existsSync(path.join(TESTS, service, `${id}.test.ts`))).toBe(true);
  });

  it('registers no duty without a file of its own', () => {
    expect(catalog.map((d) => d.id).sort()).toEqual(dutyFiles.map((f) => f.id).sort());
  });

  it.each(catalog.map((d) => [d.id, d] as const))('%s reads like documentation', (_id, duty) => {
    expect(CATEGORIES).toContain(duty.category);
    expect(SEVERITIES).toContain(duty.severity);
    expect(duty.title.length).toBeGreaterThan(10);
    expect(duty.awsSide.length).toBeGreaterThan(20);
    expect(duty.customerSide.length).toBeGreaterThan(20);
    expect(duty.remediation.l1.length).toBeGreaterThan(5);
    expect(duty.resourceTypes.length).toBeGreaterThan(0);
    for (const t of duty.resourceTypes) expect(t === ACCOUNT_TYPE || /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(t)).toBe(true);
    expect(duty.controls.nist.length).toBeGreaterThan(0);
    for (const c of duty.controls.nist) expect(c).toMatch(/^[A-Z]{2}-\d+(\(\d+\))?$/);
    for (const c of duty.controls.fsbp) expect(c).toMatch(/^[A-Za-z0-9]+\.\d+$/);
    expect(duty.sources.length).toBeGreaterThan(0);
    for (const s of duty.sources) expect(s).toMatch(/^https:\/\//);
  });

  it('describes every resource type a duty applies to', () => {
    const described = new Set(resourceTypes.map((t) => t.type));
    const missing = [...new Set(catalog.flatMap((d) => d.resourceTypes))].filter((t) => !described.has(t));
    expect(missing).toEqual([]);
  });

  it('describes each resource type once', () => {
    const types = resourceTypes.map((t) => t.type);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
  });

  it('answers every described type: a duty covers it, or it says why it carries none of its own and where its duties sit', () => {
    const covered = new Set(catalog.flatMap((d) => d.resourceTypes));
    const unanswered = resourceTypes.filter((t) => !covered.has(t.type) && !t.noDutyOfItsOwn).map((t) => t.type);
    expect(unanswered).toEqual([]);
    // A type that gains a duty leaves the list of types without one.
    expect(resourceTypes.filter((t) => covered.has(t.type) && t.noDutyOfItsOwn).map((t) => t.type)).toEqual([]);
    for (const t of resourceTypes.filter((x) => x.noDutyOfItsOwn)) {
      expect(t.noDutyOfItsOwn!.reason.length).toBeGreaterThan(10);
      expect(t.noDutyOfItsOwn!.dutiesAt.length).toBeGreaterThan(10);
      expect(t.source).toMatch(/^https:\/\//);
    }
  });

  it('keeps docs/duties.md generated from the catalog (run `npm run docs`)', () => {
    const current = fs.readFileSync(DUTIES_DOC, 'utf8');
    expect(dutiesDocument(current)).toBe(current);
  });
});
