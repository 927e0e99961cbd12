import type { EvaluationContext } from '../../lib/model/context';
import { globMatches } from '../../lib/model/glob';
import { effect, hasConfiningCondition, isOwnAccount, principalAccount, statements, stringList } from '../../lib/model/policy';
import { pseudoText, type Value } from '../../lib/model/value';

/**
 * Readers for IAM identity policies, local to the IAM duties.
 * Policy grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

/** Types that hold identity policies that are inline (embedded in one user, group or role). */
export const INLINE_POLICY_TYPES = [
  'AWS::IAM::Group',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::Policy',
  'AWS::IAM::Role',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::User',
  'AWS::IAM::UserPolicy',
];

/** Every type that holds an identity policy: the inline ones and customer managed policies. */
export const IDENTITY_POLICY_TYPES = [...INLINE_POLICY_TYPES, 'AWS::IAM::ManagedPolicy'].sort();

/** Types whose `Policies` property embeds inline policies. */
const EMBEDDING_TYPES = new Set(['AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::User']);

export interface NamedDocument {
  /** A label for messages: the policy name when it is a literal, else its position. */
  readonly name: string;
  readonly document: Value;
}

/**
 * The identity policy documents the resource holds: `PolicyDocument` of a policy resource, or each
 * `Policies[].PolicyDocument` embedded in a role, user or group.
 */
export function identityPolicyDocuments(ctx: EvaluationContext): NamedDocument[] {
  if (EMBEDDING_TYPES.has(ctx.resource.type)) {
    return (ctx.props.at('Policies').list() ?? []).map((policy, i) => ({
      name: literalOr(policy.at('PolicyName'), `Policies.${i}`),
      document: policy.at('PolicyDocument'),
    }));
  }
  const nameProperty = ctx.resource.type === 'AWS::IAM::ManagedPolicy' ? 'ManagedPolicyName' : 'PolicyName';
  return [{ name: literalOr(ctx.props.at(nameProperty), ctx.resource.logicalId), document: ctx.props.at('PolicyDocument') }];
}

/** A label only: a token is replaced by the fallback, never read as a decision. */
function literalOr(value: Value, fallback: string): string {
  return typeof value.raw === 'string' && !value.isToken ? value.raw : fallback;
}

export interface Offence {
  readonly policy: string;
  readonly statement: string;
  readonly detail: string;
}

/**
 * The first Allow statement, across the given documents, for which `test` reports something
 * (a description of what it grants). Deny statements never grant anything.
 */
export function findAllowOffence(docs: readonly NamedDocument[], test: (statement: Value) => string | undefined): Offence | undefined {
  for (const { name, document } of docs) {
    const all = statements(document);
    for (let i = 0; i < all.length; i++) {
      const s = all[i];
      if (effect(s) !== 'Allow') continue;
      const detail = test(s);
      if (detail !== undefined) return { policy: name, statement: statementLabel(s, i), detail };
    }
  }
  return undefined;
}

function statementLabel(statement: Value, index: number): string {
  const sid = statement.at('Sid');
  return typeof sid.raw === 'string' && sid.raw !== '' ? `'${sid.raw}'` : `#${index + 1}`;
}

export { globMatches };

/** The literal action patterns of the statement's `Action` element (empty when it uses NotAction). */
export function actionsOf(statement: Value): string[] {
  return stringList(statement.at('Action')) ?? [];
}

/** The first action pattern that matches one of the given actions, if any. */
export function actionGranting(statement: Value, actions: readonly string[]): string | undefined {
  return actionsOf(statement).find((pattern) => actions.some((action) => globMatches(pattern, action)));
}

/**
 * The first resource pattern of the statement's `Resource` element that `matches` accepts, described
 * for a message (`Resource "*"`). A `Ref` or
 * `Fn::GetAtt` to a resource of this template names that one resource (its name or ARN), so it is
 * skipped; any other token makes the read unknown. `NotResource` in an Allow statement applies the
 * statement to every resource except the listed ones, which counts as a match.
 */
export function resourceMatching(ctx: EvaluationContext, statement: Value, matches: (pattern: string) => boolean): string | undefined {
  if (statement.at('NotResource').isSet()) return 'NotResource (every resource not listed)';
  const resource = statement.at('Resource');
  if (resource.raw === undefined) return undefined;
  if (resource.intrinsic && ctx.target(resource)) return undefined;
  // One ARN built from pseudo parameters (an Fn::Join or Fn::Sub, as stack.formatArn renders) reads as text.
  const items = resource.intrinsic && pseudoText(resource.raw) !== undefined ? [resource] : (resource.list() ?? []);
  for (const item of items) {
    if (item.intrinsic && ctx.target(item)) continue;
    const pattern = item.str();
    if (pattern !== undefined && matches(pattern)) return `Resource "${pattern}"`;
  }
  return undefined;
}

/** ARNs of unrelated resources, services, Regions and accounts: a pattern that matches them all matches every ARN. */
const UNRELATED_ARNS = [
  'arn:aws:s3:::amzn-s3-demo-bucket/key',
  'arn:aws:iam::111122223333:role/admin',
  'arn:aws:ec2:eu-west-1:999988887777:instance/i-0123456789abcdef0',
  'arn:aws:lambda:us-east-1:444455556666:function:fn',
];

/** Whether a resource pattern matches every resource: `*`, or an ARN pattern such as `arn:*` or `arn:*:*:*:*:*`. */
export const isEveryResource = (pattern: string): boolean => UNRELATED_ARNS.every((arn) => globMatches(pattern, arn));

/**
 * Whether the customer managed policy in `ctx` is used only as a permissions boundary: some role or
 * user names it in `PermissionsBoundary`, and nothing attaches it. Security Hub excludes such
 * policies from IAM.1 and KMS.1 (`excludePermissionBoundaryPolicy: true`).
 */
export function isOnlyPermissionsBoundary(ctx: EvaluationContext): boolean {
  const holders = ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'];
  const attached = holders.map((type) => ctx.attachments(type, 'ManagedPolicyArns'));
  if (attached.some((a) => a.sure.length > 0)) return false;
  // A boundary that may not be one (an Fn::If, a parameter) leaves the policy checked as any other.
  if (!holders.slice(0, 2).some((type) => ctx.attachments(type, 'PermissionsBoundary').sure.length > 0)) return false;
  // A holder whose ManagedPolicyArns may name the policy may attach it as well: unknown.
  for (const a of attached) a.settle();
  return !['Roles', 'Users', 'Groups'].some((p) => (ctx.props.at(p).list() ?? []).length > 0);
}

/** The KMS decryption actions Security Hub KMS.1 and KMS.2 check (`blockedActionsPatterns`). */
export const KMS_DECRYPT_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'];

/**
 * Whether a resource pattern covers KMS keys of any account and Region (`*`, `arn:aws:kms:*`,
 * `arn:aws:kms:*:*:key/*`, ...), i.e. "all KMS keys". A pattern confined to one account is not.
 */
export function coversAllKmsKeys(pattern: string): boolean {
  return (
    globMatches(pattern, 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') &&
    globMatches(pattern, 'arn:aws:kms:eu-west-1:444455556666:key/0987dcba-09fe-87dc-65ba-ab0987654321')
  );
}

/**
 * Whether a resource or trust policy statement allows everyone: an Allow whose Principal is `"*"`,
 * whose `AWS` principals include `"*"` or an ARN of any account (`arn:aws:iam::*:root`), or that
 * uses `NotPrincipal` (every principal but the listed ones), with no condition that confines it
 * (the shared `hasConfiningCondition`). It reads like the shared `isPublicAllow`, except that a
 * `Ref` or `Fn::GetAtt` to a resource of this template (a role or user the stack creates) is known
 * not to be `"*"`, and a literal `"*"` decides before any unreadable principal is read.
 */
export function allowsEveryone(ctx: EvaluationContext, statement: Value): boolean {
  if (effect(statement) !== 'Allow') return false;
  if (statement.at('NotPrincipal').isSet()) return !hasConfiningCondition(statement);
  const principal = statement.at('Principal');
  if (principal.raw === undefined) return false;
  if (principal.raw === '*') return !hasConfiningCondition(statement);
  if (principal.isToken) principal.str(); // throws: the principal cannot be read
  const aws = principal.at('AWS');
  if (aws.raw === undefined) return false;
  const items = aws.intrinsic ? [aws] : (aws.list() ?? []);
  const readable = (item: Value) => !item.isToken || pseudoText(item.raw) !== undefined;
  if (items.some((item) => readable(item) && principalAccount(item.str() ?? '') === '*')) return !hasConfiningCondition(statement);
  for (const item of items) {
    if (item.isToken && !ctx.target(item) && !isOwnAccount(item)) item.str(); // throws: this principal could be anyone
  }
  return false;
}

/**
 * Reading an `iam:PassRole` grant: which roles it may pass and to which services.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService
 */

/**
 * Services that run what the caller chooses (a function, an instance, a container, a job, a
 * notebook, a workflow or a stack) with the role they are given: passing them an administrator
 * role lets the caller act as that role. A role passed to another service (a log delivery, a
 * replication) is used only for that service's own fixed task.
 */
export const CODE_RUNNING_SERVICES = [
  'airflow.amazonaws.com',
  'apprunner.amazonaws.com',
  'batch.amazonaws.com',
  'bedrock.amazonaws.com',
  'build.apprunner.amazonaws.com',
  'cloudformation.amazonaws.com',
  'codebuild.amazonaws.com',
  'codepipeline.amazonaws.com',
  'datapipeline.amazonaws.com',
  'ec2.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'elasticbeanstalk.amazonaws.com',
  'elasticmapreduce.amazonaws.com',
  'emr-containers.amazonaws.com',
  'emr-serverless.amazonaws.com',
  'events.amazonaws.com',
  'glue.amazonaws.com',
  'kinesisanalytics.amazonaws.com',
  'lambda.amazonaws.com',
  'pipes.amazonaws.com',
  'sagemaker.amazonaws.com',
  'scheduler.amazonaws.com',
  'ssm.amazonaws.com',
  'states.amazonaws.com',
  'tasks.apprunner.amazonaws.com',
];

/** Two unrelated roles of one account, with and without a path: a pattern matching both names every role of the account. */
const ROLE_SAMPLES = ['arn:aws:iam::111122223333:role/Admin', 'arn:aws:iam::111122223333:role/service-role/zz-unrelated'];

/**
 * Whether a resource pattern names every role of an account (or of every account): `*`, `arn:*`,
 * `arn:aws:iam::*:role/*`, `arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*`.
 */
export function coversEveryRole(pattern: string): boolean {
  if (isEveryResource(pattern)) return true;
  const normalized = pattern
    .replace(/\$\{AWS::Partition\}/g, 'aws')
    .replace(/^arn:aws:iam::(\d{12}|\$\{AWS::AccountId\}):/, 'arn:aws:iam::111122223333:');
  return ROLE_SAMPLES.every((arn) => globMatches(normalized, arn));
}

/**
 * The services an `iam:PassedToService` condition confines the statement to: undefined when no
 * condition confines it (absent, or a negated operator, which lets every other service through).
 * `...IfExists` confines: IAM sets the key on every request it authorizes for iam:PassRole.
 */
export function passedToServices(statement: Value): string[] | undefined {
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    const base = op
      .toLowerCase()
      .replace(/^for(any|all)values:/, '')
      .replace(/ifexists$/, '');
    if (base !== 'stringequals' && base !== 'stringlike') continue;
    for (const key of condition.at(op).keys() ?? []) {
      if (key.toLowerCase() !== 'iam:passedtoservice') continue;
      const values = stringList(condition.at(op).child(key)) ?? [];
      if (values.length > 0) return values;
    }
  }
  return undefined;
}

/** The first service pattern of the list that lets the role reach a code-running service (`lambda.amazonaws.com`, `*`). */
export function codeRunningService(patterns: readonly string[]): string | undefined {
  return patterns.find((p) => CODE_RUNNING_SERVICES.some((service) => globMatches(p, service)));
}
