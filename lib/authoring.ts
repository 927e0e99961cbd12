/**
 * What a duty author needs, and no more: the verdicts, the evaluation context and its readers, and
 * the shared evidence readers the built-in duties use. Everything else stays private and may change.
 */
export { configured, needsAttestation, notApplicable, unconfigured, unknown } from './model/verdict';
export type { Verdict } from './model/verdict';
export type { Attachments, EvaluationContext } from './model/context';
export type { Value } from './model/value';
export type { ResourceRecord } from './model/resource';
export type { UncertainLink } from './model/resource-index';
export type { DutySettings } from './model/settings';
export { deniesInsecureTransport, effect, hasPublicPrincipal, isPublicAllow, statements, stringList } from './model/policy';
export { keyChoice, type KeyChoice } from './model/evidence/kms';
export { tagsOf } from './model/evidence/tags';
