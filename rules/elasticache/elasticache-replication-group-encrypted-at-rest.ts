import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'elasticache-replication-group-encrypted-at-rest',
  title: 'ElastiCache replication group is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'ElastiCache encrypts data on disk during sync, swap and backup operations and the backups in Amazon S3 when AtRestEncryptionEnabled is true at creation; the default is false.',
  customerSide:
    "Choosing encryption at rest (and its KMS key) is the customer's decision when the replication group is created; it cannot be turned on for an existing group.",
  severity: 'error',
  remediation: { l1: 'AtRestEncryptionEnabled: true (optionally KmsKeyId)' },
  controls: { fsbp: ['ElastiCache.4'], nist: [...NIST.encryptionAtRest] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-4`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-atrestencryptionenabled`,
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
  ],
  messages: {
    notSet: 'AtRestEncryptionEnabled is not set, so data at rest is not encrypted (default false).',
    disabled: 'AtRestEncryptionEnabled is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('AtRestEncryptionEnabled').bool();
    if (value === true) return configured('AtRestEncryptionEnabled is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
