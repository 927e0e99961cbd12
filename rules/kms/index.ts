import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import kmsKeyDeletionWindowMaximum from './kms-key-deletion-window-maximum';
import kmsKeyPolicyNoWildcardActions from './kms-key-policy-no-wildcard-actions';
import kmsKeyPolicyNotPublic from './kms-key-policy-not-public';
import kmsKeyRetainedOnRemoval from './kms-key-retained-on-removal';
import kmsKeyRotationEnabled from './kms-key-rotation-enabled';

/** KMS duties, sorted by id. */
export const duties: readonly Duty[] = [
  kmsKeyDeletionWindowMaximum,
  kmsKeyPolicyNoWildcardActions,
  kmsKeyPolicyNotPublic,
  kmsKeyRetainedOnRemoval,
  kmsKeyRotationEnabled,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::KMS::Key',
    service: 'AWS Key Management Service',
    serviceModel: 'abstracted',
    awsSide:
      "AWS KMS generates and keeps key material in FIPS 140-3 validated hardware security modules that no one, including AWS operators, can export plaintext keys from, and authorizes every use of a key through its key policy; the key policy, rotation and lifecycle of a customer managed key are the customer's.",
    source: 'https://docs.aws.amazon.com/kms/latest/developerguide/data-protection.html',
  },
];
