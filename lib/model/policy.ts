import type { Value } from './value';

/**
 * Reading IAM policy documents (identity, resource and trust policies) from resolved template
 * values. All reads go through `Value`, so a token anywhere that matters makes the duty unknown.
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

/** Condition keys that confine a public principal to one account, organization, source or network. */
const CONFINING_CONDITION_KEYS = [
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceip',
  'aws:principalarn',
  'aws:userid',
];

export function statements(document: Value): Value[] {
  return document.at('Statement').list() ?? [];
}

export function effect(statement: Value): 'Allow' | 'Deny' {
  return statement.at('Effect').str() === 'Deny' ? 'Deny' : 'Allow';
}

/** Strings of a policy element that may be a string or a list (Action, Resource, ...); undefined when absent. */
export function stringList(element: Value): string[] | undefined {
  const items = element.list();
  return items?.map((v) => v.str() ?? '');
}

/** Whether an action pattern list grants every action (`*`) or all of one service (`s3:*`). */
export function grantsAllActions(actions: readonly string[]): boolean {
  return actions.some((a) => a === '*');
}

export function serviceWildcards(actions: readonly string[]): string[] {
  return actions.filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
}

/**
 * Whether the statement's principal is everyone: `"*"`, `{"AWS": "*"}` or a list containing `"*"`.
 * A `Fn::GetAtt` (a resource's ARN) or an ARN built from pseudo parameters names someone; a Ref to
 * a parameter could be anything, so it is unknown.
 */
export function hasPublicPrincipal(statement: Value): boolean {
  const principal = statement.at('Principal');
  if (principal.raw === undefined) return false;
  if (principal.raw === '*') return true;
  if (principal.isToken) return isEveryone(principal);
  const aws = principal.at('AWS');
  if (aws.raw === undefined) return false;
  if (aws.isToken) return isEveryone(aws);
  return (aws.list() ?? []).some(isEveryone);
}

function isEveryone(entry: Value): boolean {
  if (entry.intrinsic && 'Fn::GetAtt' in entry.intrinsic) return false;
  return entry.str() === '*';
}

/** Whether the statement's condition confines it to known accounts, sources or networks. */
export function hasConfiningCondition(statement: Value): boolean {
  const condition = statement.at('Condition');
  const operators = condition.keys() ?? [];
  for (const op of operators) {
    for (const key of condition.at(op).keys() ?? []) {
      if (CONFINING_CONDITION_KEYS.includes(key.toLowerCase())) return true;
    }
  }
  return false;
}

/** An Allow statement open to everyone with no condition that confines it. */
export function isPublicAllow(statement: Value): boolean {
  return effect(statement) === 'Allow' && hasPublicPrincipal(statement) && !hasConfiningCondition(statement);
}

/**
 * A Deny for every principal when `aws:SecureTransport` is false, covering `actionPrefix:*` (or `*`):
 * the statement CDK's `enforceSSL` writes, and the one AWS documents for S3, SQS and SNS.
 */
export function deniesInsecureTransport(statement: Value, actionPrefix: string): boolean {
  if (effect(statement) !== 'Deny' || !hasPublicPrincipal(statement)) return false;
  const actions = stringList(statement.at('Action')) ?? [];
  if (!actions.some((a) => a === '*' || a.toLowerCase() === `${actionPrefix.toLowerCase()}:*`)) return false;
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    if (op !== 'Bool') continue;
    for (const key of condition.at(op).keys() ?? []) {
      // Condition key names are case-insensitive.
      if (key.toLowerCase() !== 'aws:securetransport') continue;
      const items = stringList(condition.at(op).at(key)) ?? [];
      if (items.some((x) => x.toLowerCase() === 'false')) return true;
    }
  }
  return false;
}
