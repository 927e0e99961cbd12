import { CATEGORIES, type Duty, SEVERITIES } from '../model/duty';

/** The catalog as one run sees it: the built-in duties, the organization's own, and those turned off. */
export interface RegisteredDuties {
  /** Every duty, built-in and custom, whether enabled or not: the text of results comes from here. */
  readonly all: readonly Duty[];
  /** The duties that run (before the category filter). */
  readonly enabled: readonly Duty[];
  readonly customIds: ReadonlySet<string>;
  /** Built-in duties turned off by `disabledDuties`, sorted. */
  readonly disabled: readonly string[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RESOURCE_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

/**
 * The one place where custom duties join the catalog and built-in duties are turned off. Every
 * entry point (the aspect, the plugin, scanTemplate, the CLI) goes through it, so a custom duty is
 * dispatched, waived, attested and reported exactly as a built-in one. A mistake in a custom duty
 * throws here, when the checks are constructed, with the duty and the field named.
 */
export function registerDuties(builtIn: readonly Duty[], custom: unknown = [], disabledIds: unknown = []): RegisteredDuties {
  if (!Array.isArray(custom)) throw new Error(`SharedResponsibilityChecks: customDuties must be an array of duties (defineDuty({...})).`);
  if (!Array.isArray(disabledIds) || disabledIds.some((id) => typeof id !== 'string')) {
    throw new Error(`SharedResponsibilityChecks: disabledDuties must be an array of duty ids.`);
  }
  const builtInIds = new Set(builtIn.map((d) => d.id));
  const customIds = new Set<string>();
  custom.forEach((duty: unknown, i) => {
    const id = checkDuty(duty, i);
    if (builtInIds.has(id)) {
      throw new Error(
        `SharedResponsibilityChecks: custom duty '${id}' has the id of a built-in duty. Give it an id of its own (e.g. prefixed with your organization's name), or turn the built-in one off with disabledDuties: ['${id}'] and choose another id.`,
      );
    }
    if (customIds.has(id)) throw new Error(`SharedResponsibilityChecks: customDuties holds two duties with the id '${id}'.`);
    customIds.add(id);
  });
  const disabled = new Set(disabledIds as string[]);
  for (const id of disabled) {
    if (!builtInIds.has(id)) {
      const what = customIds.has(id) ? 'is a custom duty: leave it out of customDuties instead' : 'is not a built-in duty';
      throw new Error(`SharedResponsibilityChecks: disabledDuties names '${id}', which ${what}. See the duty table in docs/duties.md.`);
    }
  }
  const all = [...builtIn, ...(custom as Duty[])];
  return { all, enabled: all.filter((d) => !disabled.has(d.id)), customIds, disabled: [...disabled].sort() };
}

/** A custom duty's shape, checked field by field: it may come from JavaScript or a module the CLI loads. */
function checkDuty(duty: unknown, index: number): string {
  const d = duty as Partial<Record<keyof Duty, unknown>> | null;
  const where = typeof d?.id === 'string' ? `custom duty '${d.id}'` : `customDuties[${index}]`;
  const fail = (what: string): never => {
    throw new Error(`SharedResponsibilityChecks: ${where} ${what}.`);
  };
  if (d === null || typeof d !== 'object') return fail('is not a duty: declare it with defineDuty({...})');
  if (typeof d.id !== 'string' || !ID.test(d.id)) fail(`has id ${JSON.stringify(d.id)}; use kebab-case, e.g. 'acme-bucket-owner-tag'`);
  if (!(CATEGORIES as readonly unknown[]).includes(d.category)) {
    fail(`has category ${JSON.stringify(d.category)}; use one of ${CATEGORIES.join(', ')}`);
  }
  if (!(SEVERITIES as readonly unknown[]).includes(d.severity))
    fail(`has severity ${JSON.stringify(d.severity)}; use one of ${SEVERITIES.join(', ')}`);
  for (const field of ['title', 'awsSide', 'customerSide'] as const) {
    if (typeof d[field] !== 'string' || (d[field] as string).trim() === '') fail(`needs a ${field} (text)`);
  }
  const types = d.resourceTypes;
  if (!Array.isArray(types) || types.length === 0) fail(`needs resourceTypes, e.g. ['AWS::S3::Bucket']`);
  for (const t of types as unknown[]) {
    if (typeof t !== 'string' || !RESOURCE_TYPE.test(t))
      fail(`names resource type ${JSON.stringify(t)}; use a CloudFormation type such as 'AWS::S3::Bucket'`);
  }
  const remediation = d.remediation as { l1?: unknown; l2?: unknown } | undefined;
  if (typeof remediation?.l1 !== 'string' || (remediation.l2 !== undefined && typeof remediation.l2 !== 'string')) {
    fail(`needs remediation { l1: 'what to set on the CloudFormation resource', l2?: 'what to set on the L2 construct' }`);
  }
  const controls = d.controls as { fsbp?: unknown; nist?: unknown } | undefined;
  if (!isStringList(controls?.fsbp) || !isStringList(controls?.nist))
    fail(`needs controls { fsbp: string[], nist: string[] } (empty lists are fine)`);
  if (!isStringList(d.sources)) fail('needs sources: a list of URLs (empty is fine for an organization policy)');
  const messages = d.messages;
  if (messages === null || typeof messages !== 'object' || Object.values(messages).some((m) => typeof m !== 'string')) {
    fail(`needs messages: templates by message id, e.g. { missingTag: 'The {tag} tag is missing.' }`);
  }
  if (typeof d.evaluate !== 'function') fail('needs evaluate(ctx), returning a verdict');
  const cdkNag = (d.equivalents as { cdkNag?: unknown } | undefined)?.cdkNag;
  if (cdkNag !== undefined && !isStringList(cdkNag)) fail(`has equivalents.cdkNag that is not a list of cdk-nag rule ids`);
  return d.id as string;
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
