import type { Attachments, EvaluationContext } from '../../lib/model/context';
import { effect, stringList, statements } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured, type Verdict } from '../../lib/model/verdict';

/**
 * Readers shared by the S3 duties only. They read through `Value`, so a token anywhere that
 * matters makes the duty unknown.
 */

/**
 * The bucket policies attached to the bucket being evaluated: `AWS::S3::BucketPolicy` resources
 * whose `Bucket` property is a `Ref` to it. A policy that only mentions the bucket (for example in
 * an `aws:SourceArn` condition of a log bucket's policy) is not attached to it. Those whose `Bucket`
 * may name it (an Fn::If, a parameter) are in `maybe`.
 */
export function attachedBucketPolicies(ctx: EvaluationContext): Attachments {
  return ctx.attachments(BUCKET_POLICY, 'Bucket');
}

/**
 * On a bucket policy: the bucket of the template it is evaluated with, or undefined when its
 * `Bucket` is outside the template or may be (an Fn::If, a parameter), so the policy is judged on its own.
 */
export function policyBucket(ctx: EvaluationContext): ResourceRecord | undefined {
  return ctx.resource.type === BUCKET_POLICY ? ctx.linked('Bucket', 'AWS::S3::Bucket')?.[0] : undefined;
}

const BUCKET_POLICY = 'AWS::S3::BucketPolicy';

/** Two unrelated bucket ARNs: a Resource pattern matching both names every bucket. */
export const BUCKET_ARN_SAMPLES = ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::other-bucket-2'] as const;

export interface PolicyStatement {
  /** Logical id of the bucket policy the statement is in. */
  readonly policy: string;
  /** The statement's Sid, else its position in the policy. */
  readonly label: string;
  readonly statement: Value;
}

/** The statements of the given bucket policies, labelled for messages. */
export function policyStatements(ctx: EvaluationContext, policies: readonly ResourceRecord[]): PolicyStatement[] {
  const out: PolicyStatement[] = [];
  for (const policy of policies) {
    statements(ctx.propsOf(policy).at('PolicyDocument')).forEach((statement, i) => {
      const sid = statement.at('Sid');
      out.push({ policy: policy.logicalId, label: !sid.isToken && sid.str() ? `"${sid.str()}"` : `#${i + 1}`, statement });
    });
  }
  return out;
}

/** Intrinsics that stand for one string (one principal), not for a list. */
const SINGLE_STRING_INTRINSICS = ['Ref', 'Fn::GetAtt', 'Fn::Join', 'Fn::Sub', 'Fn::ImportValue'];

/** The entries of a principal element that names accounts or users: `"*"`, or the items of `AWS`/`CanonicalUser`. */
export function principalEntries(statement: Value): Value[] | 'token' {
  const principal = statement.at('Principal');
  if (principal.isToken) return 'token';
  if (!principal.isSet()) return [];
  if (typeof principal.raw === 'string') return [principal];
  const out: Value[] = [];
  for (const key of ['AWS', 'CanonicalUser']) {
    const element = principal.at(key);
    const intrinsic = element.intrinsic;
    if (intrinsic && SINGLE_STRING_INTRINSICS.some((k) => k in intrinsic)) out.push(element);
    else if (element.isToken) return 'token';
    else out.push(...(element.list() ?? []));
  }
  return out;
}

/**
 * Whether every account-type principal of the statement is a `Ref`/`Fn::GetAtt` to a resource of
 * this template (a role or user the stack creates): such a principal is neither public nor in
 * another account. Service principals are not account principals and are ignored.
 */
export function onlyTemplatePrincipals(ctx: EvaluationContext, statement: Value): boolean {
  // NotPrincipal names who is left out, not who is let in.
  if (statement.at('NotPrincipal').isSet()) return false;
  const entries = principalEntries(statement);
  if (entries === 'token') return false;
  return entries.every((e) => e.isToken && ctx.target(e) !== undefined);
}

/** Statements whose principals hold no token come first, so a definite finding wins over an unreadable statement. */
export function readableFirst(items: readonly PolicyStatement[]): PolicyStatement[] {
  const readable = (s: PolicyStatement) => {
    const entries = principalEntries(s.statement);
    return entries !== 'token' && entries.every((e) => !e.isToken);
  };
  return [...items.filter(readable), ...items.filter((s) => !readable(s))];
}

/** Whether an IAM action pattern (with `*` and `?` wildcards, case-insensitive) matches an action. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return re.test(action);
}

/** Which of `actions` an Allow statement grants, reading `Action` or `NotAction`. */
export function grantedActions(statement: Value, actions: readonly string[]): string[] {
  if (effect(statement) !== 'Allow') return [];
  const notAction = stringList(statement.at('NotAction'));
  if (notAction) return actions.filter((a) => !notAction.some((p) => actionMatches(p, a)));
  const action = stringList(statement.at('Action')) ?? [];
  return actions.filter((a) => action.some((p) => actionMatches(p, a)));
}

/** The actions an Allow statement lists, for messages. */
export function actionText(statement: Value): string {
  const notAction = stringList(statement.at('NotAction'));
  if (notAction) return `every action except ${notAction.join(', ')}`;
  return (stringList(statement.at('Action')) ?? []).join(', ');
}

export const BPA_SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
export type BpaSetting = (typeof BPA_SETTINGS)[number];

/**
 * The Block Public Access settings S3 applies to a new general purpose bucket from its
 * `PublicAccessBlockConfiguration`. Absent: S3 enables all four on new buckets (since April 2023).
 * Present: a setting left out is false, as for PutPublicAccessBlock (CDK documents this in its
 * `@aws-cdk/aws-s3:publicAccessBlockedByDefault` feature flag).
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html
 */
export function bucketBlockPublicAccess(bucketProps: Value): {
  readonly explicit: boolean;
  readonly settings: Record<BpaSetting, boolean>;
} {
  const config = bucketProps.at('PublicAccessBlockConfiguration');
  if (!config.isSet())
    return {
      explicit: false,
      settings: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    };
  const read = (s: BpaSetting) => config.at(s).bool() ?? false;
  return {
    explicit: true,
    settings: {
      BlockPublicAcls: read('BlockPublicAcls'),
      IgnorePublicAcls: read('IgnorePublicAcls'),
      BlockPublicPolicy: read('BlockPublicPolicy'),
      RestrictPublicBuckets: read('RestrictPublicBuckets'),
    },
  };
}

/**
 * The Block Public Access settings of an access point or Multi-Region Access Point that are
 * explicitly turned off. S3 enables all four by default for both, and a setting must be disabled
 * explicitly, so an absent configuration or an absent setting is enabled.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html
 */
export function accessPointSettingsOff(props: Value): BpaSetting[] {
  const config = props.at('PublicAccessBlockConfiguration');
  if (!config.isSet()) return [];
  return BPA_SETTINGS.filter((s) => config.at(s).bool() === false);
}

/** What S3.2 and S3.3 (no public read or write access) map to, for every duty that checks a way a bucket becomes public. */
export const PUBLIC_ACCESS_CONTROLS = {
  fsbp: ['S3.2', 'S3.3'],
  nist: [
    'AC-21',
    'AC-3',
    'AC-3(7)',
    'AC-4',
    'AC-4(21)',
    'AC-6',
    'SC-7',
    'SC-7(11)',
    'SC-7(16)',
    'SC-7(20)',
    'SC-7(21)',
    'SC-7(3)',
    'SC-7(4)',
    'SC-7(9)',
  ],
};

/**
 * Lifecycle rules of a general purpose or directory bucket (both spell them
 * `LifecycleConfiguration.Rules` with a `Status`): the verdict the two lifecycle duties share.
 */
export function lifecycleVerdict(ctx: EvaluationContext): Verdict<'absent' | 'allDisabled'> {
  const rules = ctx.props.at('LifecycleConfiguration.Rules').list() ?? [];
  if (rules.length === 0) return unconfigured('absent');
  const enabled = rules.filter((r) => r.at('Status').str() === 'Enabled');
  if (enabled.length === 0) return unconfigured('allDisabled', { count: rules.length });
  return configured(`${enabled.length} lifecycle rule(s) enabled`);
}
