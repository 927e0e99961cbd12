import { internetCoveredBy } from './cidr';
import { globMatches } from './glob';
import { isIntrinsic, pseudoText, type Value } from './value';

/**
 * Reading IAM policy documents (identity, resource and trust policies) from resolved template
 * values. All reads go through `Value`, so a token anywhere that matters makes the duty unknown.
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

/**
 * Condition keys that can confine a public principal to one account, organization, source or
 * network. `s3:DataAccessPointAccount` is how S3 delegates a bucket's access control to the access
 * points of an account, whose own policies then decide:
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html
 */
const CONFINING_CONDITION_KEYS = new Set([
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
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn',
]);

/**
 * Two unrelated values of each confining key: a pattern that matches both confines nothing
 * (`*`, `arn:*`, `????????????`), since it cannot tell one account or source from another.
 */
const UNRELATED_VALUES: ReadonlyArray<readonly [RegExp, readonly [string, string]]> = [
  [/arn$|orgpaths$/, ['arn:aws:iam::111122223333:role/a', 'arn:aws:s3:::o-zzzzzzzzzz/r-zz/ou-zz/other']],
  [/account$|owner$/, ['111122223333', '999988887777']],
  [/orgid$/, ['o-aaaaaaaaaa', 'o-zzzzzzzzzz']],
  [/sourcevpce$/, ['vpce-1a2b3c4d', 'vpce-99999999999999999']],
  [/sourcevpc$/, ['vpc-1a2b3c4d', 'vpc-99999999999999999']],
  [/userid$/, ['AIDAEXAMPLEUSER', 'AROAOTHERROLE:session']],
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

/** The actions that grant every action of a service (`s3:*`) or of every service (`*`). */
export function serviceWildcards(actions: readonly string[]): string[] {
  return actions.filter((a) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a));
}

/**
 * Whether the statement's principal is everyone: `"*"`, `{"AWS": "*"}`, an AWS principal of any
 * account (`arn:aws:iam::*:root`, what CDK's `AccountPrincipal('*')` renders), or, in an Allow,
 * a `NotPrincipal` (every principal but the listed ones, anonymous users included:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html).
 * A `Fn::GetAtt` (a resource's ARN) or an ARN built from pseudo parameters names someone; a Ref to
 * a parameter could be anything, so it is unknown.
 */
export function hasPublicPrincipal(statement: Value): boolean {
  if (effect(statement) === 'Allow' && statement.at('NotPrincipal').isSet()) return true;
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
  if (isOwnAccount(entry)) return false;
  return principalAccount(entry.str() ?? '') === '*';
}

/**
 * The account an AWS principal names: a 12-digit id, `*` (every account), or `${AWS::AccountId}`
 * (the stack's own); undefined for anything else (a canonical user id, a service).
 */
export function principalAccount(text: string): string | undefined {
  if (text === '*') return '*';
  if (/^(\d{12}|\$\{AWS::AccountId\})$/.test(text)) return text;
  const normalized = text.replace(/\$\{AWS::Partition\}/g, 'aws');
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}|\*|\$\{AWS::AccountId\}):/.exec(normalized)?.[1];
}

/** Whether a principal entry is the stack's own account: `{"Ref": "AWS::AccountId"}` or an ARN built on it. */
export function isOwnAccount(entry: Value): boolean {
  const raw = entry.raw;
  if (isIntrinsic(raw) && raw.Ref === 'AWS::AccountId') return true;
  const text = typeof raw === 'string' ? raw : pseudoText(raw);
  return text !== undefined && principalAccount(text) === '${AWS::AccountId}';
}

/**
 * Whether one condition (operator, key, values) confines a public principal. It does not when the
 * key is not one that names accounts, sources or networks, or when AWS lets requests through that
 * no one chose: `...IfExists` and negated operators (`StringNotEquals`, `ArnNotLike`,
 * `NotIpAddress`) are true when the key is absent or differs, `ForAllValues` is true when the key
 * is absent, `Null` only tests presence, a wildcard pattern that matches unrelated values
 * (`StringLike aws:PrincipalArn "*"`) and CIDRs whose union is the internet (`0.0.0.0/0`, `::/0`)
 * match everyone. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
export function conditionConfines(operator: string, key: string, values: Value): boolean {
  const k = key.toLowerCase();
  if (!CONFINING_CONDITION_KEYS.has(k)) return false;
  const [set, rest] = operator.includes(':') ? operator.toLowerCase().split(':', 2) : [undefined, operator.toLowerCase()];
  if (set === 'forallvalues' || rest.endsWith('ifexists')) return false;
  const base = rest;
  if (base === 'null' || base.startsWith('stringnot') || base.startsWith('arnnot') || base === 'notipaddress') return false;
  if (base === 'ipaddress') {
    const cidrs = (stringList(values) ?? []).filter((c) => c !== '');
    return cidrs.length > 0 && internetCoveredBy(cidrs) === undefined;
  }
  if (base === 'stringlike' || base.startsWith('arn')) {
    const samples = UNRELATED_VALUES.find(([re]) => re.test(k))?.[1];
    const patterns = stringList(values) ?? [];
    if (patterns.length === 0) return false;
    return !patterns.some((p) => samples !== undefined && samples.every((sample) => globMatches(p, sample, true)));
  }
  return base.startsWith('string');
}

/** Whether the statement's condition confines it to known accounts, sources or networks. */
export function hasConfiningCondition(statement: Value): boolean {
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    for (const key of condition.at(op).keys() ?? []) {
      if (conditionConfines(op, key, condition.at(op).child(key))) return true;
    }
  }
  return false;
}

/** Keys whose exact value is the account a request must come from (or through, for S3 access points). */
const ACCOUNT_KEYS = new Set(['aws:principalaccount', 'aws:sourceaccount', 's3:dataaccesspointaccount']);

/**
 * The one account a statement's condition confines it to (`StringEquals` on aws:PrincipalAccount,
 * aws:SourceAccount or s3:DataAccessPointAccount with a single value): a 12-digit id, or
 * `${AWS::AccountId}` for the stack's own account. Undefined when no such condition holds.
 */
export function confiningAccount(statement: Value): string | undefined {
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    if (op !== 'StringEquals') continue;
    for (const key of condition.at(op).keys() ?? []) {
      if (!ACCOUNT_KEYS.has(key.toLowerCase())) continue;
      const values = condition.at(op).child(key);
      const items = values.intrinsic ? [values] : (values.list() ?? []);
      if (items.length !== 1) continue;
      if (isOwnAccount(items[0])) return '${AWS::AccountId}';
      const text = items[0].str();
      if (text !== undefined && /^\d{12}$/.test(text)) return text;
    }
  }
  return undefined;
}

/** An Allow statement open to everyone with no condition that confines it. */
export function isPublicAllow(statement: Value): boolean {
  return effect(statement) === 'Allow' && hasPublicPrincipal(statement) && !hasConfiningCondition(statement);
}

/**
 * A Deny for every principal when `aws:SecureTransport` is false, covering `actionPrefix:*` (or `*`),
 * or one of `extraActions`: the statement CDK's `enforceSSL` writes, and the one AWS documents for
 * S3, SQS and SNS. It enforces only when nothing else narrows it: a Deny applies when all its
 * conditions hold, so any other condition lets some plain-HTTP requests through. `covers` decides
 * whether the statement's `Resource` names the resource being judged (every part of it).
 */
export function deniesInsecureTransport(
  statement: Value,
  actionPrefix: string,
  covers: (resource: Value) => boolean = () => true,
  extraActions: readonly string[] = [],
): boolean {
  if (effect(statement) !== 'Deny' || !hasPublicPrincipal(statement)) return false;
  const actions = (stringList(statement.at('Action')) ?? []).map((a) => a.toLowerCase());
  const accepted = ['*', `${actionPrefix.toLowerCase()}:*`, ...extraActions.map((a) => a.toLowerCase())];
  if (!actions.some((a) => accepted.includes(a))) return false;
  const condition = statement.at('Condition');
  const operators = condition.keys() ?? [];
  if (operators.length !== 1 || operators[0] !== 'Bool') return false;
  const keys = condition.at('Bool').keys() ?? [];
  // Condition key names are case-insensitive.
  if (keys.length !== 1 || keys[0].toLowerCase() !== 'aws:securetransport') return false;
  const items = stringList(condition.at('Bool').child(keys[0])) ?? [];
  if (!items.some((x) => x.toLowerCase() === 'false')) return false;
  return covers(statement.at('Resource'));
}
