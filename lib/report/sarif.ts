import type * as Crypto from 'crypto';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as sarif from 'sarif';
import type { Severity } from '../model/duty';
import { type DutyInfo, RESULTS_FILE, type ResourceResult, type Results } from '../results';
import { diffWithBaseline } from './baseline';
import { companionsText, controlsText, findingText } from './finding-text';
import { type Finding, findingKey, findingsOf, repoRelative } from './findings';
import type { SarifLog } from './sarif-log';

// node:crypto costs more to load (about 13 ms) than the rest of the library; only SARIF needs it.
let crypto: typeof Crypto | undefined;
function sha256(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  crypto ??= require('crypto') as typeof Crypto;
  return crypto.createHash('sha256').update(text).digest('hex');
}

export interface SarifOptions {
  /** The directory artifact URIs are relative to (`%SRCROOT%`): the repository root. */
  readonly repoRoot: string;
  /**
   * The cloud assembly directory, absolute or relative to `repoRoot`.
   * @default 'cdk.out'
   */
  readonly cdkOut?: string;
  /**
   * The directory of each stack's template relative to `cdkOut`, by stack path; stacks in a Stage
   * are written to a nested assembly. Nested stacks use their parent's entry. See `stackTemplateDirs`.
   * @default - every template is directly in `cdkOut`
   */
  readonly templateDirs?: ReadonlyMap<string, string>;
  /**
   * Results of an earlier run: each result is marked `new` or `unchanged` against them.
   * @default - results carry no baselineState
   */
  readonly baseline?: Results;
}

export const SARIF_FINGERPRINT = 'sharedResponsibility/v1';

const INFORMATION_URI = 'https://www.npmjs.com/package/cdk-shared-responsibility';

/**
 * GitHub ranks code-scanning alerts by the rule's `security-severity` (0.1-3.9 low, 4.0-6.9
 * medium, 7.0-8.9 high, 9.0 and up critical). Nothing here is critical: a missing customer-side
 * control is a weakness, not an exploit. An error duty (it fails synth) is high, a warning is
 * medium, info is low. A duty that could not be decided ranks 4.0, the bottom of medium: it may be
 * fine, but nobody has shown it.
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.0', info: '2.0' };
const UNKNOWN_SECURITY_SEVERITY = '4.0';

const LEVEL: Readonly<Record<Severity, sarif.ReportingConfiguration.level>> = { error: 'error', warning: 'warning', info: 'note' };

function securitySeverity(f: Finding): string {
  return f.duty.outcome === 'unknown' ? UNKNOWN_SECURITY_SEVERITY : SECURITY_SEVERITY[f.duty.severity];
}

/** Inline code whose fence is longer than any run of backticks inside it. */
function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text} ${fence}`;
}

function rule(dutyId: string, findings: readonly Finding[], duty: DutyInfo | undefined): sarif.ReportingDescriptor {
  // The rule ranks as the duty does when violated; when all its findings are unknown, as unknown.
  const decided = findings.find((f) => f.duty.outcome === 'unconfigured') ?? findings[0];
  const severity = decided.duty.severity;
  const controls = duty?.controls ?? { fsbp: [], nist: [] };
  const tags = [
    'security',
    ...(duty ? [duty.category] : []),
    ...controls.fsbp.map((id) => `fsbp/${id}`),
    ...controls.nist.map((id) => `nist-800-53/${id}`),
  ];
  const cdkNag = duty?.equivalents?.cdkNag ?? [];
  const properties = {
    tags: duty?.custom ? [...tags, 'custom'] : tags,
    'security-severity': securitySeverity(decided),
    precision: 'high',
    // Equivalent cdk-nag rule ids, so code scanning can match alerts of both tools during a migration.
    ...(cdkNag.length > 0 ? { cdkNag: [...cdkNag] } : {}),
  };
  if (!duty) return { id: dutyId, shortDescription: { text: dutyId }, defaultConfiguration: { level: LEVEL[severity] }, properties };
  const { l2, l1 } = duty.remediation;
  const controlText = controlsText(controls);
  const make = companionsText(duty.remediation);
  const text = [
    duty.customerSide,
    `AWS side: ${duty.awsSide}`,
    ...(l2 ? [`Fix with the L2 construct: ${l2}`] : []),
    `Fix on the CloudFormation resource (L1): ${l1}`,
    ...(make ? [make] : []),
    ...(controlText ? [`Controls: ${controlText}`] : []),
    `Sources: ${duty.sources.join(' ')}`,
  ].join('\n\n');
  const markdown = [
    duty.customerSide,
    `**AWS side:** ${duty.awsSide}`,
    ...(l2 ? [`**Fix with the L2 construct:** ${inlineCode(l2)}`] : []),
    `**Fix on the CloudFormation resource (L1):** ${inlineCode(l1)}`,
    ...(make ? [make] : []),
    ...(controlText ? [`**Controls:** ${controlText}`] : []),
    `**Sources:**\n${duty.sources.map((s) => `- <${s}>`).join('\n')}`,
  ].join('\n\n');
  return {
    id: dutyId,
    name: dutyId.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: duty.title },
    fullDescription: { text: duty.customerSide },
    help: { text, markdown },
    ...(duty.sources.length > 0 ? { helpUri: duty.sources[0] } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties,
  };
}

function artifact(file: string, repoRoot: string): sarif.ArtifactLocation {
  const rel = repoRelative(file, repoRoot);
  if (rel === undefined) return { uri: pathToFileURL(path.resolve(repoRoot, file)).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** The template of the stack, or of the nearest enclosing stack for a nested stack. */
function templatePath(r: ResourceResult, options: SarifOptions): string | undefined {
  if (!r.templateFile) return undefined;
  let dir = '';
  for (let p = r.stackPath; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const known = options.templateDirs?.get(p);
    if (known !== undefined) {
      dir = known;
      break;
    }
    if (!p.includes('/')) break;
  }
  return path.join(assemblyDir(options), dir, r.templateFile);
}

function assemblyDir(options: SarifOptions): string {
  return path.resolve(options.repoRoot, options.cdkOut ?? 'cdk.out');
}

function result(
  f: Finding,
  info: DutyInfo | undefined,
  ruleIndex: number,
  options: SarifOptions,
  isNew: boolean | undefined,
): sarif.Result {
  const { resource: r, duty: d } = f;
  const template = templatePath(r, options);
  const templateLocation = template ? artifact(template, options.repoRoot) : undefined;
  // Code scanning needs a file for every alert: the line that created the construct, else the
  // template, else (account-level duties, which have neither) the results file.
  const physicalLocation: sarif.PhysicalLocation = r.source
    ? { artifactLocation: artifact(r.source.file, options.repoRoot), region: { startLine: r.source.line, startColumn: r.source.column } }
    : { artifactLocation: templateLocation ?? artifact(path.join(assemblyDir(options), RESULTS_FILE), options.repoRoot) };
  const logicalLocations: sarif.LogicalLocation[] =
    r.path === '' ? [] : [{ name: r.path.slice(r.path.lastIndexOf('/') + 1), fullyQualifiedName: r.path, kind: 'resource' }];
  return {
    ruleId: d.dutyId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: findingText(info, d, r.cdkHelper) || `${d.dutyId}: ${d.outcome}` },
    locations: [{ physicalLocation, ...(logicalLocations.length > 0 ? { logicalLocations } : {}) }],
    ...(template && templateLocation
      ? {
          relatedLocations: [
            {
              id: 1,
              physicalLocation: { artifactLocation: templateLocation },
              message: { text: `${r.logicalId} (${r.type}) in ${repoRelative(template, options.repoRoot) ?? template}` },
            },
          ],
        }
      : {}),
    partialFingerprints: { [SARIF_FINGERPRINT]: sha256(findingKey(d.dutyId, r.path)) },
    ...(isNew === undefined ? {} : { baselineState: isNew ? 'new' : 'unchanged' }),
    properties: {
      outcome: d.outcome,
      ...(info ? { category: info.category } : {}),
      stack: r.stackPath,
      logicalId: r.logicalId,
      resourceType: r.type,
      'security-severity': securitySeverity(f),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one result per unconfigured or unknown duty (waived,
 * configured, not-applicable and attested duties are left out), located at the line of the app
 * that created the resource, with the template as a related location, and one rule per duty that
 * has a result.
 */
export function renderSarif(results: Results, options: SarifOptions): SarifLog {
  return sarifLog(results, options);
}

function sarifLog(results: Results, options: SarifOptions): sarif.Log {
  const findings = findingsOf(results);
  const added =
    options.baseline && new Set(diffWithBaseline(results, options.baseline).added.map((f) => findingKey(f.duty.dutyId, f.resource.path)));
  const byDuty = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byDuty.get(f.duty.dutyId) ?? [];
    list.push(f);
    byDuty.set(f.duty.dutyId, list);
  }
  const ids = [...byDuty.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: results.tool.name,
            version: results.tool.version,
            semanticVersion: results.tool.version,
            informationUri: INFORMATION_URI,
            rules: ids.map((id) => rule(id, byDuty.get(id) ?? [], results.duties[id])),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(path.resolve(options.repoRoot)).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) =>
          result(
            f,
            results.duties[f.duty.dutyId],
            index.get(f.duty.dutyId) ?? 0,
            options,
            added?.has(findingKey(f.duty.dutyId, f.resource.path)),
          ),
        ),
      },
    ],
  };
}
