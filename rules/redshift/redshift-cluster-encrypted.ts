import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REDSHIFT_CLUSTER, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift cluster is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'Amazon Redshift encrypts the data blocks, system metadata and snapshots of a cluster with AWS KMS; CloudFormation documents Encrypted as defaulting to true, and a request with Encrypted false fails.',
  customerSide:
    "Keeping warehouse data encrypted, and choosing a customer managed key where key control is needed, is the customer's: the template must not ask for an unencrypted cluster.",
  severity: 'error',
  remediation: { l1: 'Encrypted: true (or leave it unset: default true), optionally KmsKeyId' },
  controls: { fsbp: ['Redshift.10'], nist: [...NIST.encryptionAtRest] },
  sources: [
    `${REDSHIFT_CONTROLS}#redshift-10`,
    `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-encrypted`,
    'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
  ],
  messages: {
    disabled: 'Encrypted is false, so the cluster is requested without encryption at rest.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('Encrypted').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'Encrypted is true' : 'Encrypted is not set (CloudFormation default: true)');
  },
});
