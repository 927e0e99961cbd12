import { EvaluationContext } from '../model/context';
import { isSensitive } from '../model/evidence/classification';
import type { Duty, Severity } from '../model/duty';
import type { ResourceRecord } from '../model/resource';
import type { ResourceIndex } from '../model/resource-index';
import type { ResourceTypeInfo } from '../model/resource-type';
import { UnexpectedValue, UnresolvedValue } from '../model/value';
import type { Verdict } from '../model/verdict';
import type { ResolvedOptions } from '../options';
import type { DutyResult, ResourceResult } from '../results';
import type { AckRecord } from './collect';
import { fill, unconfiguredMessage, unknownMessage } from './messages';
import { cdkHelperReason } from './cdk-helpers';
import { findAttestation, isExpired, waiverExpiry } from './expiry';
import { findWaiver } from './waivers';

/** Id of the finding emitted when a duty's evaluator fails; the duty id is in the message. */
export const EVALUATOR_ERROR_ID = 'evaluator-error';

export interface EvaluationInput {
  readonly records: readonly ResourceRecord[];
  readonly index: ResourceIndex;
  readonly options: ResolvedOptions;
  readonly acks: ReadonlyMap<string, ReadonlyMap<string, AckRecord>>;
  readonly resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
}

/** Types CDK adds to every app that carry no customer duty. */
const IGNORED_TYPES = new Set(['AWS::CDK::Metadata']);

export function evaluateAll(input: EvaluationInput): {
  resources: ResourceResult[];
  uncoveredTypes: string[];
} {
  const resources: ResourceResult[] = [];
  const uncovered = new Set<string>();
  for (const record of input.records) {
    if (IGNORED_TYPES.has(record.type)) continue;
    const duties = input.options.dispatch.get(record.type);
    if (!duties) {
      uncovered.add(record.type);
      continue;
    }
    const ctx = new EvaluationContext(record, input.index, input.options.settings);
    const sensitive = isSensitive(ctx);
    const cdkHelper = cdkHelperReason(record.cfnPath);
    const info = input.resourceTypes.get(record.type);
    resources.push({
      path: record.ownerPath,
      cfnPath: record.cfnPath,
      stackPath: record.stackPath,
      templateFile: record.templateFile,
      logicalId: record.logicalId,
      type: record.type,
      serviceModel: info?.serviceModel,
      awsSide: info?.awsSide,
      source: record.source,
      cdkHelper,
      duties: duties.map((duty) => evaluateOne(duty, record, ctx, input, sensitive, cdkHelper !== undefined && !input.options.checkCdkHelpers)),
    });
  }
  return { resources, uncoveredTypes: [...uncovered].sort() };
}

function evaluateOne(duty: Duty, record: ResourceRecord, ctx: EvaluationContext, input: EvaluationInput, sensitive: boolean, asHelper: boolean): DutyResult {
  const result = evaluateDuty(duty, record, ctx, input, sensitive);
  // A finding on a resource CDK created itself is reported, but not as something the user must fix.
  if (asHelper && !result.evaluatorError && (result.outcome === 'unconfigured' || result.outcome === 'unknown')) {
    return { ...result, severity: 'info', message: `(Created by CDK itself, so reported as info; set checkCdkHelpers to check it like your own.) ${result.message ?? ''}` };
  }
  return result;
}

function evaluateDuty(duty: Duty, record: ResourceRecord, ctx: EvaluationContext, input: EvaluationInput, sensitive: boolean): DutyResult {
  const base = { dutyId: duty.id, category: duty.category, controls: duty.controls };
  // Stricter duties for sensitive data: a data-protection warning on a store tagged sensitive is an error.
  const escalate = sensitive && duty.category === 'data-protection' && input.options.severityOf(duty) === 'warning';
  const severity = escalate ? 'error' : input.options.severityOf(duty);
  let verdict: Verdict;
  let evaluatorError: string | undefined;
  if (record.resolveError) {
    verdict = { kind: 'unknown', reason: `the resource's properties could not be resolved (${record.resolveError})` };
  } else {
    try {
      verdict = checkVerdict(duty.evaluate(ctx), duty);
    } catch (e) {
      if (e instanceof UnresolvedValue || e instanceof UnexpectedValue) {
        verdict = { kind: 'unknown', reason: e.message };
      } else {
        evaluatorError = e instanceof Error ? e.message : String(e);
        verdict = { kind: 'unknown', reason: `the check failed with an internal error (${evaluatorError}); please report it` };
      }
    }
  }
  switch (verdict.kind) {
    case 'configured':
      return { ...base, outcome: 'configured', severity, message: verdict.note };
    case 'not-applicable':
      return { ...base, outcome: 'not-applicable', severity, message: verdict.reason };
    case 'needs-attestation': {
      const a = findAttestation(input.options.attestations, duty.id, record.ownerPath);
      const attestation = a && { evidence: a.evidence, scope: a.scope ?? '', expires: a.expires };
      if (a && !isExpired(a.expires, input.options.today)) {
        return { ...base, outcome: 'attested', severity, message: verdict.reason, attestation };
      }
      const expired = a ? `The attestation (${a.evidence}) expired on ${a.expires}. ` : '';
      return { ...base, outcome: 'needs-attestation', severity: a ? 'warning' : 'info', message: `${expired}${verdict.reason}`, attestation, expired: Boolean(a) };
    }
    case 'unconfigured':
    case 'unknown': {
      const escalation = escalate ? `(An error, not a warning: the store is classified sensitive by its ${input.options.settings.classificationTag} tag.) ` : '';
      const message =
        verdict.kind === 'unconfigured'
          ? `${escalation}${unconfiguredMessage(duty, fill(duty.messages[verdict.messageId] ?? verdict.messageId, verdict.data))}`
          : unknownMessage(duty, verdict.reason);
      const effective: Severity = evaluatorError ? 'error' : verdict.kind === 'unknown' ? input.options.unknownSeverity : severity;
      const waiver = findWaiver(input.acks, record.cfnPath, duty.id);
      const expires = waiver && waiverExpiry(waiver.reason);
      if (waiver && !isExpired(expires, input.options.today)) {
        return { ...base, outcome: 'waived', severity: effective, message, evaluatorError, waiver: { ...waiver, waivedOutcome: verdict.kind } };
      }
      const prefix = waiver ? `The waiver at ${waiver.acknowledgedAt} ('${waiver.reason}') expired on ${expires}. ` : '';
      return { ...base, outcome: verdict.kind, severity: effective, message: `${prefix}${message}`, evaluatorError, expired: Boolean(waiver) };
    }
  }
}

/** An evaluator that returns something other than a verdict is a bug in the duty, reported as such. */
function checkVerdict(v: unknown, duty: Duty): Verdict {
  const kind = (v as Verdict | undefined)?.kind;
  if (kind === 'unconfigured' && !(((v as { messageId: string }).messageId) in duty.messages)) {
    throw new Error(`verdict names message '${(v as { messageId: string }).messageId}' that duty ${duty.id} does not declare`);
  }
  if (kind === 'configured' || kind === 'unconfigured' || kind === 'unknown' || kind === 'not-applicable' || kind === 'needs-attestation') return v as Verdict;
  throw new Error(`evaluator returned ${JSON.stringify(v)} instead of a verdict`);
}
