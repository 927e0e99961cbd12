import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_MEMORYDB_CLUSTER } from './helpers';

export default defineDuty({
  id: 'memorydb-cluster-tls-enabled',
  title: 'MemoryDB cluster keeps in-transit encryption (TLS) on',
  category: 'data-protection',
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  awsSide:
    'MemoryDB encrypts client connections and replication with TLS (TLS 1.2 minimum since July 2023) unless the cluster is created with TLSEnabled false; the setting cannot be changed after creation.',
  customerSide:
    "Keeping data and ACL passwords encrypted in transit is the customer's: a cluster created without TLS accepts plaintext connections for its whole life.",
  severity: 'error',
  remediation: { l1: 'TLSEnabled: true (or leave it unset; only an explicit false is flagged)' },
  controls: { fsbp: [], nist: [...NIST.tls] },
  sources: [
    `${CFN_MEMORYDB_CLUSTER}#cfn-memorydb-cluster-tlsenabled`,
    'https://docs.aws.amazon.com/memorydb/latest/devguide/in-transit-encryption.html',
  ],
  messages: {
    disabled: 'TLSEnabled is false, so the cluster accepts unencrypted connections.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('TLSEnabled').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'TLSEnabled is true' : 'TLSEnabled is not set (not turned off)');
  },
});
