import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import ecrRepositoryImmutableTags from './ecr-repository-immutable-tags';
import ecrRepositoryKmsEncryption from './ecr-repository-kms-encryption';
import ecrRepositoryLifecyclePolicy from './ecr-repository-lifecycle-policy';
import ecrRepositoryPolicyNoWildcardActions from './ecr-repository-policy-no-wildcard-actions';
import ecrRepositoryPolicyNotPublic from './ecr-repository-policy-not-public';
import ecrRepositoryScanOnPush from './ecr-repository-scan-on-push';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  ecrRepositoryImmutableTags,
  ecrRepositoryKmsEncryption,
  ecrRepositoryLifecyclePolicy,
  ecrRepositoryPolicyNoWildcardActions,
  ecrRepositoryPolicyNotPublic,
  ecrRepositoryScanOnPush,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::ECR::Repository',
    service: 'Amazon ECR',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the registry, stores image layers durably and encrypts them at rest (AES256 by default); the customer owns what images contain, who may pull or push, tag mutability, scanning and retention.',
    source: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/security.html',
  },
];
