import { EvaluationContext } from '../model/context';
import { isSensitive } from '../model/evidence/classification';
import type { Duty, Severity } from '../model/duty';
import type { ResourceRecord } from '../model/resource';
import type { ResourceIndex } from '../model/resource-index';
import { UnexpectedValue, UnresolvedValue } from '../model/value';
import type { Verdict } from '../model/verdict';
import type { ResolvedOptions } from '../options';
import type { DutyResult, ResourceResult } from '../results';
import { judgeByBranch, type Judged } from './branches';
import type { AckRecord } from './collect';
import { findCdkNagWaiver } from './cdk-nag-waivers';
import { findAttestation, isExpired, readWaiverReason } from './expiry';
import { findWaiver } from './waivers';

/** Id of the finding emitted when a duty's evaluator fails; the duty id is in the message. */
export const EVALUATOR_ERROR_ID = 'evaluator-error';

export interface EvaluationInput {
  readonly records: readonly ResourceRecord[];
  readonly index: ResourceIndex;
  readonly options: ResolvedOptions;
  readonly acks: ReadonlyMap<string, ReadonlyMap<string, AckRecord>>;
  /**
   * The duties to evaluate on a record, when not all its type's duties (another run evaluated some).
   * @default - every enabled duty of its type
   */
  readonly dutiesOf?: (record: ResourceRecord) => readonly Duty[] | undefined;
  /**
   * What CDK helper a record is (see CdkHelpers), from its construct.
   * @default - none is (a plain template records no construct classes)
   */
  readonly helperOf?: (record: ResourceRecord) => string | undefined;
}

/** Types CDK adds to every app that carry no customer duty. */
const IGNORED_TYPES = new Set(['AWS::CDK::Metadata']);

/** What one resource's duties share while they are evaluated. */
interface Subject {
  readonly record: ResourceRecord;
  readonly ctx: EvaluationContext;
  /** The classification tag key when the store is classified sensitive. */
  readonly sensitiveBy?: string;
  /** Findings on a resource CDK created itself are reported at info. */
  readonly asHelper: boolean;
}

export function evaluateAll(input: EvaluationInput): {
  resources: ResourceResult[];
  uncoveredTypes: string[];
} {
  const resources: ResourceResult[] = [];
  const uncovered = new Set<string>();
  const { options } = input;
  for (const record of input.records) {
    if (IGNORED_TYPES.has(record.type)) continue;
    const duties = input.dutiesOf?.(record) ?? options.dispatch.get(record.type);
    if (!duties) {
      // A type the catalog knows to carry no duty of its own is listed with none, and says where its duties sit.
      if (options.resourceTypes.get(record.type)?.noDutyOfItsOwn) resources.push(resultOf(record, []));
      else uncovered.add(record.type);
      continue;
    }
    const ctx = new EvaluationContext(record, input.index, options.settings);
    const cdkHelper = input.helperOf?.(record);
    const subject: Subject = {
      record,
      ctx,
      sensitiveBy: isSensitive(ctx) ? options.settings.classificationTag : undefined,
      asHelper: cdkHelper !== undefined && !options.checkCdkHelpers,
    };
    const results: DutyResult[] = new Array(duties.length);
    for (let i = 0; i < duties.length; i++) results[i] = evaluateDuty(duties[i], subject, input);
    resources.push(resultOf(record, results, cdkHelper));
  }
  return { resources, uncoveredTypes: [...uncovered].sort() };
}

function resultOf(record: ResourceRecord, duties: DutyResult[], cdkHelper?: string): ResourceResult {
  return {
    path: record.ownerPath,
    cfnPath: record.cfnPath,
    stackPath: record.stackPath,
    templateFile: record.templateFile,
    logicalId: record.logicalId,
    type: record.type,
    source: record.source,
    cdkHelper,
    duties,
  };
}

function evaluateDuty(duty: Duty, subject: Subject, input: EvaluationInput): DutyResult {
  const { options } = input;
  const { record } = subject;
  const dutyId = duty.id;
  const configuredSeverity = options.severityOf(duty);
  // Stricter duties for sensitive data: a data-protection warning on a store tagged sensitive is an error.
  const escalatedBy =
    subject.sensitiveBy !== undefined && duty.category === 'data-protection' && configuredSeverity === 'warning'
      ? subject.sensitiveBy
      : undefined;
  const severity: Severity = escalatedBy ? 'error' : configuredSeverity;
  let verdict: Verdict;
  let evaluatorError: string | undefined;
  if (record.resolveError) {
    verdict = { kind: 'unknown', reason: `the resource's properties could not be resolved (${record.resolveError})` };
  } else {
    // WHY read once before splitting: most readings meet no condition, and the split's maps and
    // closures, made for each of tens of thousands of (duty, resource) pairs, cost more than the read.
    const plain = judgeOnce(duty, subject.ctx);
    ({ verdict, evaluatorError } =
      plain.condition === undefined
        ? plain
        : judgeByBranch(
            (branches) =>
              branches.size === 0 ? plain : judgeOnce(duty, new EvaluationContext(record, input.index, options.settings, branches)),
            (v) => describeVerdict(duty, v),
          ));
  }
  switch (verdict.kind) {
    case 'configured':
      return { dutyId, outcome: 'configured', severity, detail: verdict.note };
    case 'not-applicable':
      return { dutyId, outcome: 'not-applicable', severity, detail: verdict.reason };
    case 'needs-attestation': {
      const a = findAttestation(options.attestations, dutyId, record.ownerPath, options.today);
      if (!a) return { dutyId, outcome: 'needs-attestation', severity: 'info', detail: verdict.reason };
      const attestation = { evidence: a.evidence, scope: a.scope ?? '', expires: a.expires };
      if (!isExpired(a.expires, options.today)) return { dutyId, outcome: 'attested', severity, detail: verdict.reason, attestation };
      // An expired attestation is a warning: someone relied on it and has to renew it.
      return { dutyId, outcome: 'needs-attestation', severity: 'warning', detail: verdict.reason, attestation, expired: true };
    }
    case 'unconfigured':
    case 'unknown': {
      const detail =
        verdict.kind === 'unconfigured' ? fill(duty.messages[verdict.messageId] ?? verdict.messageId, verdict.data) : verdict.reason;
      // A finding on a resource CDK created itself is reported, but not as something the user must
      // fix; an internal error never is downgraded: nothing may pass silently because a check broke.
      const asCdkHelper = subject.asHelper && !evaluatorError ? true : undefined;
      // The evaluator may say the finding concerns data classified sensitive (an API's, say): a warning is then an error.
      const raisedBy = verdict.kind === 'unconfigured' && configuredSeverity === 'warning' ? verdict.sensitiveBy : undefined;
      const effective: Severity = evaluatorError
        ? 'error'
        : asCdkHelper
          ? 'info'
          : verdict.kind === 'unknown'
            ? options.unknownSeverity
            : raisedBy
              ? 'error'
              : severity;
      const escalated = verdict.kind === 'unconfigured' && effective === 'error' ? (escalatedBy ?? raisedBy) : undefined;
      const found =
        findWaiver(input.acks, record.cfnPath, dutyId) ??
        (options.honorCdkNagAcknowledgements ? findCdkNagWaiver(input.acks, record.cfnPath, duty.equivalents?.cdkNag) : undefined);
      if (!found) return { dutyId, outcome: verdict.kind, severity: effective, detail, escalated, asCdkHelper, evaluatorError };
      const { expires, problem } = readWaiverReason(found.reason);
      const waiver = { ...found, waivedOutcome: verdict.kind, expires, problem };
      // A waiver whose reason is refused waives nothing; the acknowledgement itself gets an error (see ack-review).
      if (problem) return { dutyId, outcome: verdict.kind, severity: effective, detail, waiver, escalated, asCdkHelper, evaluatorError };
      if (!isExpired(expires, options.today))
        return { dutyId, outcome: 'waived', severity: effective, detail, waiver, escalated, asCdkHelper, evaluatorError };
      return { dutyId, outcome: verdict.kind, severity: effective, detail, waiver, expired: true, escalated, asCdkHelper, evaluatorError };
    }
  }
}

/** One reading of the duty, with the conditions in `ctx` decided. */
function judgeOnce(duty: Duty, ctx: EvaluationContext): Judged {
  try {
    return { verdict: checkVerdict(duty.evaluate(ctx), duty) };
  } catch (e) {
    if (e instanceof UnresolvedValue) return { verdict: { kind: 'unknown', reason: e.message }, condition: e.condition };
    if (e instanceof UnexpectedValue) return { verdict: { kind: 'unknown', reason: e.message } };
    const evaluatorError = e instanceof Error ? e.message : String(e);
    return {
      verdict: { kind: 'unknown', reason: `the check failed with an internal error (${evaluatorError}); please report it` },
      evaluatorError,
    };
  }
}

/** A verdict in words, for the finding that says how it differs between the branches of a condition. */
function describeVerdict(duty: Duty, v: Verdict): string {
  switch (v.kind) {
    case 'unconfigured':
      // Mid-sentence in that finding: without its closing period.
      return fill(duty.messages[v.messageId] ?? v.messageId, v.data).replace(/\.$/, '');
    case 'configured':
      return 'it is configured';
    case 'not-applicable':
      return `it does not apply (${v.reason})`;
    case 'needs-attestation':
      return `it needs attestation (${v.reason})`;
    case 'unknown':
      return v.reason;
  }
}

/** A message template with `{name}` placeholders filled from the verdict's data. */
export function fill(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** An evaluator that returns something other than a verdict is a bug in the duty, reported as such. */
function checkVerdict(v: unknown, duty: Duty): Verdict {
  const kind = (v as Verdict | undefined)?.kind;
  if (kind === 'unconfigured' && !((v as { messageId: string }).messageId in duty.messages)) {
    throw new Error(`verdict names message '${(v as { messageId: string }).messageId}' that duty ${duty.id} does not declare`);
  }
  if (kind === 'configured' || kind === 'unconfigured' || kind === 'unknown' || kind === 'not-applicable' || kind === 'needs-attestation')
    return v as Verdict;
  throw new Error(`evaluator returned ${JSON.stringify(v)} instead of a verdict`);
}
