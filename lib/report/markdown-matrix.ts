import { OUTCOMES, type DutyResult, type Outcome, type ResourceResult, type Results } from '../results';
import {
  cappedRows,
  CLOSE_DETAILS,
  code,
  countBy,
  esc,
  openDetails,
  OUTCOME_HEADERS,
  OUTCOME_ICON,
  pathCode,
  plural,
  type Section,
  table,
} from './markdown-format';

function outcomeLabel(d: DutyResult): string {
  const severity = d.outcome === 'unconfigured' || d.outcome === 'unknown' ? ` (${d.severity})` : '';
  return `${OUTCOME_ICON[d.outcome]} ${d.outcome}${severity}`;
}

/** `✅ 3 · ❌ 1` for the outcomes that occur, so a collapsed row still shows what is inside. */
function outcomeTally(duties: readonly DutyResult[]): string {
  const counts = countBy(duties, (d) => d.outcome);
  return OUTCOMES.filter((o) => counts.has(o))
    .map((o) => `${OUTCOME_ICON[o]} ${counts.get(o)}`)
    .join(' · ');
}

function byStack(results: Results): [string, ResourceResult[]][] {
  const stacks = new Map<string, ResourceResult[]>();
  for (const r of results.resources) {
    const list = stacks.get(r.stackPath) ?? [];
    list.push(r);
    stacks.set(r.stackPath, list);
  }
  return [...stacks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function resourceBlock(r: ResourceResult, results: Results): string {
  const type = results.resourceTypes[r.type];
  const aws = type ? `<strong>AWS covers</strong> (${type.serviceModel} service): ${esc(type.awsSide)}\n\n` : '';
  const none = type?.noDutyOfItsOwn;
  const duties =
    r.duties.length === 0
      ? none
        ? `No customer duty of its own: ${esc(none.reason)}. Where its duties sit: ${esc(none.dutiesAt)}.\n`
        : 'No customer duty applies to this resource type.\n'
      : table(
          ['your duty', 'category', 'outcome'],
          r.duties.map((d) => [code(d.dutyId), results.duties[d.dutyId]?.category ?? '', outcomeLabel(d)]),
        );
  return openDetails(`${pathCode(r.path)} · ${esc(r.type)} · ${outcomeTally(r.duties)}`) + aws + duties + CLOSE_DETAILS;
}

/** Per stack, per resource: what AWS covers for it, and each customer duty with its outcome. */
export function matrixSection(results: Results): Section {
  const stacks = byStack(results);
  const title = '<strong>Responsibility matrix</strong>';
  return {
    name: 'Responsibility matrix',
    *detail() {
      yield openDetails(`${title}: what AWS covers and what is yours, per stack and resource`);
      for (const [stack, resources] of stacks) {
        yield openDetails(
          `Stack ${pathCode(stack)}: ${plural(resources.length, 'resource')} · ${outcomeTally(resources.flatMap((r) => r.duties))}`,
        );
        for (const r of resources) yield resourceBlock(r, results);
        yield CLOSE_DETAILS;
      }
      yield CLOSE_DETAILS;
    },
    summary() {
      const perStack = stacks.map(([stack, resources]) => {
        const counts = countBy(
          resources.flatMap((r) => r.duties),
          (d) => d.outcome,
        );
        return [pathCode(stack), resources.length, ...OUTCOMES.map((o) => counts.get(o) ?? 0)];
      });
      const perDuty = new Map<string, Map<string, number>>();
      for (const r of results.resources) {
        for (const d of r.duties) {
          const counts = perDuty.get(d.dutyId) ?? new Map<string, number>();
          counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
          perDuty.set(d.dutyId, counts);
        }
      }
      const dutyRows = [...perDuty]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, counts]) => [code(id), results.duties[id]?.category ?? '', ...OUTCOMES.map((o: Outcome) => counts.get(o) ?? 0)]);
      return (
        openDetails(`${title}: counts per stack and per duty`) +
        table(
          ['stack', 'resources', ...OUTCOME_HEADERS],
          cappedRows(perStack, (r) => r, OUTCOMES.length + 2),
        ) +
        table(['duty', 'category', ...OUTCOME_HEADERS], dutyRows) +
        CLOSE_DETAILS
      );
    },
  };
}

export function uncoveredSection(results: Results): Section | undefined {
  const types = results.uncoveredTypes;
  if (types.length === 0) return undefined;
  const title = `Resource types no duty covers (${types.length})`;
  return {
    name: 'Uncovered resource types',
    *detail() {
      yield openDetails(title) + types.map(code).join(', ') + '\n' + CLOSE_DETAILS;
    },
    summary() {
      return `${title}: listed in the results file.\n\n`;
    },
  };
}
