import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import { isIntrinsic } from '../../lib/model/value';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { attachedBucketPolicies, policyBucket } from './helpers';

const BUCKET = 'AWS::S3::Bucket';
const BUCKET_POLICY = 'AWS::S3::BucketPolicy';

export default defineDuty({
  id: 's3-bucket-single-bucket-policy',
  title: 'S3 bucket has at most one bucket policy resource',
  category: 'identity-and-access',
  resourceTypes: [BUCKET, BUCKET_POLICY],
  awsSide:
    'A bucket has exactly one bucket policy: each AWS::S3::BucketPolicy replaces the whole policy (PutBucketPolicy), so of two policy resources on one bucket, in one stack or in two, only the one CloudFormation writes last is in force, and which one that is may change from one deployment to the next.',
  customerSide:
    "The bucket's policy is the customer's: keep every statement (TLS denies, grants, restrictions) in one policy, in one stack, or the denies of the other silently stop applying.",
  severity: 'error',
  remediation: {
    l2: 'bucket.addToResourcePolicy(...) on the one L2 bucket (CDK keeps a single BucketPolicy) instead of new s3.BucketPolicy(...) next to it or in another stack; for an imported bucket, one stack owns its policy',
    l1: 'one AWS::S3::BucketPolicy per bucket across the app, holding every statement',
  },
  controls: { fsbp: [], nist: ['AC-3', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucketpolicy.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html',
  ],
  messages: {
    several:
      'The bucket policies {policies} all apply to this bucket; each replaces the others at deploy, so only one of them is in force.',
    sameBucket:
      'The bucket policies {policies} all apply to the bucket {bucket}, which is not defined in the app; each replaces the others at deploy, so only one of them is in force.',
  },
  evaluate(ctx) {
    if (ctx.resource.type === BUCKET_POLICY) return judgePolicy(ctx);
    const policies = attachedBucketPolicies(ctx);
    // Policies of the app that name this bucket by its literal name rather than by a reference.
    const name = literalName(ctx.props.at('BucketName').raw);
    const byName = name === undefined ? [] : standalonePolicies(ctx).filter((p) => bucketKey(p) === `name:${name}`);
    const all = [...policies.sure, ...byName];
    if (all.length > 1) return unconfigured('several', { policies: labels(ctx, all) });
    // One more policy that may be attached would make two.
    if (all.length === 1) policies.settle();
    return configured(all.length === 0 ? 'the bucket has no bucket policy' : `one bucket policy (${all[0].logicalId})`);
  },
});

/**
 * A policy on a bucket the app does not define (an imported bucket, `Bucket.fromBucketName`): it
 * is one of several when another policy of the app names the same bucket the same way (the same
 * literal name, the same import, the same parameter of its stack).
 */
function judgePolicy(ctx: EvaluationContext) {
  // Properties that are one token as a whole throw here: nothing is known of the policy's bucket.
  ctx.props.keys();
  const bucket = policyBucket(ctx);
  if (bucket) return notApplicable(`evaluated on the bucket ${bucket.logicalId} this policy is attached to`);
  const mine = bucketKey(ctx.resource);
  const named = mine?.startsWith('name:') ? definedBucket(ctx, mine.slice(5)) : undefined;
  if (named) return notApplicable(`evaluated on the bucket ${named.logicalId} of the app this policy names`);
  const others = standalonePolicies(ctx).filter((p) => p !== ctx.resource);
  if (mine !== undefined) {
    const same = others.filter((p) => bucketKey(p) === mine);
    if (same.length > 0) return unconfigured('sameBucket', { policies: labels(ctx, [ctx.resource, ...same]), bucket: describeKey(mine) });
  }
  const unreadable = others.filter((p) => bucketKey(p) === undefined);
  if (mine === undefined && others.length > 0)
    return unknown(`the policy's Bucket cannot be read at synth, so whether ${labels(ctx, others)} name the same bucket is not known`);
  if (unreadable.length > 0)
    return unknown(`the Bucket of ${labels(ctx, unreadable)} cannot be read at synth, so it may name the same bucket as this policy`);
  return configured('no other bucket policy of the app names this bucket');
}

/** Bucket policies of the app not attached to a bucket the app defines (those are judged on their bucket). */
function standalonePolicies(ctx: EvaluationContext): readonly ResourceRecord[] {
  return ctx.index.ofType(BUCKET_POLICY).filter((p) => ctx.index.linked(p, 'Bucket', BUCKET) === undefined);
}

/**
 * How a policy names its bucket, comparable across the app: a literal name (bucket names are
 * global), an import of one export, or a parameter of one stack. Undefined for anything else.
 */
function bucketKey(policy: ResourceRecord): string | undefined {
  const raw = policy.properties.Bucket;
  const name = literalName(raw);
  if (name !== undefined) return `name:${name}`;
  if (!isIntrinsic(raw)) return undefined;
  if (typeof raw['Fn::ImportValue'] === 'string') return `import:${raw['Fn::ImportValue']}`;
  if (typeof raw.Ref === 'string' && !raw.Ref.startsWith('AWS::')) return `ref:${policy.stackPath}:${raw.Ref}`;
  return undefined;
}

function literalName(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw !== '' && !raw.startsWith('{{resolve:') ? raw : undefined;
}

function describeKey(key: string): string {
  if (key.startsWith('name:')) return `'${key.slice(5)}'`;
  if (key.startsWith('import:')) return `imported from the export '${key.slice(7)}'`;
  return `named by the parameter ${key.split(':').pop()}`;
}

/** A bucket of the app whose literal BucketName is `name`. */
function definedBucket(ctx: EvaluationContext, name: string): ResourceRecord | undefined {
  return ctx.index.ofType(BUCKET).find((b) => literalName(b.properties.BucketName) === name);
}

/** Policy names for a message, with the stack of those in another stack than the resource judged. */
function labels(ctx: EvaluationContext, policies: readonly ResourceRecord[]): string {
  return policies.map((p) => (p.stackPath === ctx.resource.stackPath ? p.logicalId : `${p.logicalId} (stack ${p.stackPath})`)).join(', ');
}
