import type { Duty } from '../model/duty';
import type { ResourceTypeInfo } from '../model/resource-type';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function serviceOf(type: string): string {
  return type.split('::')[1] ?? type;
}

/** The duty catalog as Markdown, grouped by service: generated, never written by hand. */
export function renderDutyTable(duties: readonly Duty[], types: readonly ResourceTypeInfo[]): string {
  const lines: string[] = [];
  const byService = new Map<string, Duty[]>();
  for (const d of duties) {
    const service = serviceOf(d.resourceTypes[0]);
    let list = byService.get(service);
    if (!list) byService.set(service, (list = []));
    list.push(d);
  }
  const categories = new Map<string, number>();
  for (const d of duties) categories.set(d.category, (categories.get(d.category) ?? 0) + 1);
  const without = types.filter((t) => t.noDutyOfItsOwn);
  lines.push(
    `${duties.length} duties on ${new Set(duties.flatMap((d) => d.resourceTypes)).size} CloudFormation resource types; ${without.length} more types carry no customer duty of their own (${types.length} described).`,
  );
  lines.push('');
  lines.push('| category | duties |', '|---|---|');
  for (const [c, n] of [...categories].sort()) lines.push(`| ${c} | ${n} |`);
  for (const [service, list] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `### ${service}`, '');
    lines.push(
      '| id | category | severity | resource types | the customer sets | FSBP | NIST 800-53 | cdk-nag |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const d of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
      const fix = d.remediation.l2 ? `\`${d.remediation.l2}\` (L1: ${d.remediation.l1})` : d.remediation.l1;
      lines.push(
        `| \`${d.id}\` | ${d.category} | ${d.severityReason ? `${d.severity}: ${cell(d.severityReason)}` : d.severity} | ${d.resourceTypes.map((t) => `\`${t}\``).join(' ')} | ${cell(fix)} | ${d.controls.fsbp.join(', ') || '—'} | ${d.controls.nist.join(', ')} | ${d.equivalents?.cdkNag?.join(', ') || '—'} |`,
      );
    }
  }
  lines.push('', '### Types with no duty of their own', '');
  lines.push('| resource type | why | where its duties sit |', '|---|---|---|');
  for (const t of [...without].sort((a, b) => a.type.localeCompare(b.type)))
    lines.push(`| \`${t.type}\` | ${cell(t.noDutyOfItsOwn!.reason)} | ${cell(t.noDutyOfItsOwn!.dutiesAt)} |`);
  return `${lines.join('\n')}\n`;
}

export const GENERATED_MARKER = '<!-- generated from the catalog by `npm run docs`: do not edit below this line -->';
