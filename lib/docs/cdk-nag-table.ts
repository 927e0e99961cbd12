import type { Duty } from '../model/duty';

/** The pack prefixes of the cdk-nag rule ids the mapping covers, in the order the docs list them. */
export const CDK_NAG_PACKS = ['AwsSolutions', 'NIST.800.53.R5'] as const;

export function packOf(ruleId: string): string | undefined {
  return CDK_NAG_PACKS.find((p) => ruleId.startsWith(`${p}-`));
}

/** Counts of the mapping, per pack: rules with a duty, rules without, and duties with no rule. */
export function cdkNagCounts(duties: readonly Duty[], only: Readonly<Record<string, string>>) {
  const mapped = new Set(duties.flatMap((d) => d.equivalents?.cdkNag ?? []));
  return CDK_NAG_PACKS.map((pack) => ({
    pack,
    mapped: [...mapped].filter((r) => packOf(r) === pack).length,
    cdkNagOnly: Object.keys(only).filter((r) => packOf(r) === pack).length,
  }));
}

/**
 * The equivalence with cdk-nag, generated from the catalog: every rule of the covered packs with the
 * duties that check the same thing, or why there is none.
 */
export function renderCdkNagSection(duties: readonly Duty[], only: Readonly<Record<string, string>>): string {
  const byRule = new Map<string, string[]>();
  for (const d of duties) for (const r of d.equivalents?.cdkNag ?? []) byRule.set(r, [...(byRule.get(r) ?? []), d.id]);
  const oursOnly = duties.filter((d) => !d.equivalents?.cdkNag?.length).length;
  const lines = ['## cdk-nag equivalents', ''];
  lines.push(
    `${duties.length - oursOnly} duties have an equivalent cdk-nag 3 rule; ${oursOnly} have none. ` +
      'With `honorCdkNagAcknowledgements: true`, an acknowledgement of a rule below waives the duties next to it.',
    '',
    '| pack | rules with a duty | rules without |',
    '|---|---|---|',
  );
  for (const c of cdkNagCounts(duties, only)) lines.push(`| ${c.pack} | ${c.mapped} | ${c.cdkNagOnly} |`);
  for (const pack of CDK_NAG_PACKS) {
    lines.push('', `### ${pack}`, '', '| cdk-nag rule | duties | why none |', '|---|---|---|');
    const rules = [...new Set([...byRule.keys(), ...Object.keys(only)])].filter((r) => packOf(r) === pack);
    for (const r of rules.sort(byRuleId)) {
      const ids = byRule.get(r);
      lines.push(
        `| \`${r}\` | ${ids ? ids.map((id) => `\`${id}\``).join(' ') : '—'} | ${ids ? '' : (only[r] ?? '').replace(/\|/g, '\\|')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `AwsSolutions-S2` before `AwsSolutions-S10`. */
function byRuleId(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
