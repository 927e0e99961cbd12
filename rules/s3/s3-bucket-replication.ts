import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 's3-bucket-replication',
  title: 'S3 bucket replicates its objects to a bucket in another Region',
  category: 'resilience',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    "S3 stores a bucket's objects redundantly within one Region; it copies them to another bucket only under a replication configuration the customer sets up.",
  customerSide:
    "Keeping a copy of the data outside the bucket's Region, for Regional disaster recovery or data-residency needs, is the customer's decision; only S3 Replication (cross-Region) makes that copy.",
  severity: 'info',
  remediation: {
    l2: 'new s3.Bucket(this, id, { versioned: true, replicationRules: [{ destination: bucketInOtherRegion, priority: 1 }] })',
    l1: 'ReplicationConfiguration: { Role: <role ARN>, Rules: [{ Status: Enabled, Destination: { Bucket: <ARN of a bucket in another Region> } }] } (with VersioningConfiguration Status: Enabled)',
  },
  controls: { fsbp: [], nist: ['AU-9(2)', 'CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-36(2)', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-7',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-replicationrule.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
  ],
  messages: {
    absent: 'The bucket has no ReplicationConfiguration, so no copy of its objects is kept in another Region.',
    noEnabledRule: "The bucket's ReplicationConfiguration has no rule with Status: Enabled.",
    sameRegion:
      'Every enabled replication rule replicates to a bucket of this same template ({destinations}), which is in the same Region, so no copy is kept in another Region.',
  },
  evaluate(ctx) {
    if (!ctx.props.at('ReplicationConfiguration').isSet()) return unconfigured('absent');
    const rules = (ctx.props.at('ReplicationConfiguration.Rules').list() ?? []).filter((r) => r.at('Status').str() === 'Enabled');
    if (rules.length === 0) return unconfigured('noEnabledRule');
    const sameTemplate = rules.map((r) => {
      const destination = r.at('Destination.Bucket');
      const bucket = ctx.target(destination);
      // Read as text unless it names a bucket of the template: an Fn::If or a parameter may name one, so it is unknown.
      if (!bucket) destination.str();
      return bucket;
    });
    if (sameTemplate.every((t) => t !== undefined)) {
      return unconfigured('sameRegion', { destinations: sameTemplate.map((t) => t!.logicalId).join(', ') });
    }
    return configured(
      `${rules.length} enabled replication rule(s), at least one to a bucket outside this template (its Region is not visible in the template)`,
    );
  },
});
