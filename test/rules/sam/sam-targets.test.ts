import * as path from 'path';
import type { ServiceModule } from '../../../lib/model/lazy-catalog';
import { catalog, catalogIndex } from '../../../rules';
import { EXPANSIONS } from '../../../rules/sam/helpers';
import { SAM_SOURCES, SAM_TARGETS } from '../../../rules/sam-targets';

const RULES = path.join(__dirname, '..', '..', '..', 'rules');

describe('the SAM target table', () => {
  it('names each expansion, in order: the catalog extends duties from the table, judges from the expansions', () => {
    expect(EXPANSIONS.map((e) => [e.samType, e.into])).toEqual(SAM_TARGETS.map(([samType, into]) => [samType, into]));
  });

  it('extends each duty of a generated type to the SAM types that generate it, after its own types', () => {
    const byId = new Map(catalog.map((d) => [d.id, d]));
    let extended = 0;
    for (const s of catalogIndex.manifest().services) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const own = (require(path.join(RULES, s.name)) as ServiceModule).duties;
      for (const duty of own) {
        const sam = [...new Set(EXPANSIONS.filter((e) => duty.resourceTypes.includes(e.into)).map((e) => e.samType))];
        const shipped = byId.get(duty.id)!;
        expect(shipped.resourceTypes).toEqual([...duty.resourceTypes, ...sam]);
        expect(shipped.sources).toEqual(sam.length > 0 ? [...duty.sources, SAM_SOURCES[0]] : duty.sources);
        if (sam.length > 0) extended++;
      }
    }
    expect(extended).toBeGreaterThan(20);
  });
});
