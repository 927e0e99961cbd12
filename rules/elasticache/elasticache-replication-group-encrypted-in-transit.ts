import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'elasticache-replication-group-encrypted-in-transit',
  title: 'ElastiCache replication group requires encryption in transit',
  category: 'data-protection',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'ElastiCache encrypts connections between clients and nodes and between nodes with TLS when TransitEncryptionEnabled is true (default false); with TransitEncryptionMode "preferred" it still accepts unencrypted connections, with "required" only TLS.',
  customerSide:
    "Protecting cached data and AUTH tokens in transit is the customer's: in-transit encryption must be on and required, or clients can read and write in plaintext.",
  severity: 'error',
  remediation: { l1: 'TransitEncryptionEnabled: true (and TransitEncryptionMode: required, or unset)' },
  controls: { fsbp: ['ElastiCache.5'], nist: [...NIST.tls] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-5`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-transitencryptionenabled`,
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
  ],
  messages: {
    notSet: 'TransitEncryptionEnabled is not set, so connections are not encrypted (default false).',
    disabled: 'TransitEncryptionEnabled is false.',
    preferred: 'TransitEncryptionMode is "preferred", so the replication group still accepts unencrypted connections.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('TransitEncryptionEnabled').bool();
    if (value !== true) return unconfigured(value === false ? 'disabled' : 'notSet');
    const mode = ctx.props.at('TransitEncryptionMode').str();
    if (mode?.toLowerCase() === 'preferred') return unconfigured('preferred');
    return configured(`TransitEncryptionEnabled is true${mode ? ` (mode ${mode})` : ''}`);
  },
});
