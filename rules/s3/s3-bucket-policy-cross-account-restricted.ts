import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { confiningAccount, hasPublicPrincipal, isOwnAccount, principalAccount } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import {
  attachedBucketPolicies,
  grantedActions,
  policyBucket,
  onlyTemplatePrincipals,
  policyStatements,
  principalEntries,
  readableFirst,
} from './helpers';

/** The actions Security Hub S3.6 does not allow a bucket policy to grant to other AWS accounts. */
const BLOCKED_ACTIONS = [
  's3:DeleteBucketPolicy',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:PutEncryptionConfiguration',
  's3:PutObjectAcl',
];

export default defineDuty({
  id: 's3-bucket-policy-cross-account-restricted',
  title: "S3 bucket policy does not let other AWS accounts change the bucket's policy, ACLs or encryption",
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
  awsSide: 'S3 enforces whatever the bucket policy grants; a grant to a principal of another account takes effect as written.',
  customerSide:
    "Granting s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration or s3:PutObjectAcl to another account hands that account control over who can read the bucket and how it is encrypted; least privilege here is the customer's.",
  severity: 'error',
  remediation: {
    l2: 'bucket.addToResourcePolicy(...) / bucket.grant*() only with actions other than s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl and s3:PutEncryptionConfiguration (and no s3:* or *) for principals of other accounts',
    l1: 'AWS::S3::BucketPolicy PolicyDocument: no Allow statement granting those actions (or s3:*, *, s3:Put*) to a Principal of another account or to "*"',
  },
  controls: { fsbp: ['S3.6'], nist: ['CA-9(1)', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
    'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-blacklisted-actions-prohibited.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-policies.html',
  ],
  messages: {
    everyone: 'Bucket policy {policy} statement {statement} allows {actions} to Principal "*", which includes every other AWS account.',
  },
  evaluate(ctx) {
    const bucket = policyBucket(ctx);
    if (bucket) return notApplicable(`evaluated on the bucket ${bucket.logicalId} this policy is attached to`);
    const onBucket = ctx.resource.type === 'AWS::S3::Bucket';
    const policies = onBucket ? attachedBucketPolicies(ctx) : undefined;
    const found = judge(ctx, policies?.sure ?? [ctx.resource]);
    if (found?.kind === 'everyone') return unconfigured('everyone', found.data);
    policies?.settle((p) => judge(ctx, [p]) !== undefined);
    if (found) return unknown(found.reason);
    if (policies?.sure.length === 0) return configured('the bucket has no bucket policy');
    return configured(
      'no statement grants s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration or s3:PutObjectAcl to a principal outside this template',
    );
  },
});

type Finding =
  | { readonly kind: 'everyone'; readonly data: { policy: string; statement: string; actions: string } }
  | { readonly kind: 'undecided'; readonly reason: string };

/** The first statement of the policies that grants a blocked action to everyone, else the first whose principal's account cannot be told. */
function judge(ctx: EvaluationContext, policies: readonly ResourceRecord[]): Finding | undefined {
  let undecided: string | undefined;
  for (const s of readableFirst(policyStatements(ctx, policies))) {
    const granted = grantedActions(s.statement, BLOCKED_ACTIONS);
    if (granted.length === 0 || onlyTemplatePrincipals(ctx, s.statement)) continue;
    const data = { policy: s.policy, statement: s.label, actions: granted.join(', ') };
    if (hasPublicPrincipal(s.statement)) {
      // Principal "*" confined to the bucket owner's account (AWS's documented delegation to the
      // account's access points uses s3:DataAccessPointAccount) reaches no other account.
      const confined = confiningAccount(s.statement);
      if (confined === '${AWS::AccountId}') continue;
      if (confined === undefined) return { kind: 'everyone', data };
      undecided ??= `bucket policy ${s.policy} statement ${s.label} allows ${data.actions} to Principal "*" confined to account ${confined}; whether that is the bucket owner's account cannot be decided at synth`;
      continue;
    }
    const entries = principalEntries(s.statement);
    // A principal element that is itself a token: reading it reports the token (unknown).
    if (entries === 'token') s.statement.at('Principal').str();
    for (const entry of entries === 'token' ? [] : entries) {
      if (entry.isToken && ctx.target(entry)) continue; // a role or user of this template: same account
      if (isOwnAccount(entry)) continue; // AWS::AccountId: the stack's own account
      const name = entry.str()!;
      const account = principalAccount(name);
      if (account === undefined) {
        undecided ??= `bucket policy ${s.policy} statement ${s.label} allows ${data.actions} to ${name}, whose account cannot be read from the template`;
      } else {
        // The check context does not carry the stack's account, so an account id cannot be compared with it.
        undecided ??= `bucket policy ${s.policy} statement ${s.label} allows ${data.actions} to account ${account}; whether that is the bucket owner's account cannot be decided at synth`;
      }
    }
  }
  return undecided ? { kind: 'undecided', reason: undecided } : undefined;
}
