import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import secretsmanagerSecretPolicyNoWildcardActions from './secretsmanager-secret-policy-no-wildcard-actions';
import secretsmanagerSecretPolicyNotPublic from './secretsmanager-secret-policy-not-public';
import secretsmanagerSecretRotationEnabled from './secretsmanager-secret-rotation-enabled';
import secretsmanagerSecretRotationSucceeds from './secretsmanager-secret-rotation-succeeds';
import secretsmanagerSecretRotationWithin90Days from './secretsmanager-secret-rotation-within-90-days';
import secretsmanagerSecretValueNotInTemplate from './secretsmanager-secret-value-not-in-template';

/** Secrets Manager duties, sorted by id. */
export const duties: readonly Duty[] = [
  secretsmanagerSecretPolicyNoWildcardActions,
  secretsmanagerSecretPolicyNotPublic,
  secretsmanagerSecretRotationEnabled,
  secretsmanagerSecretRotationSucceeds,
  secretsmanagerSecretRotationWithin90Days,
  secretsmanagerSecretValueNotInTemplate,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::SecretsManager::Secret',
    service: 'AWS Secrets Manager',
    serviceModel: 'abstracted',
    awsSide:
      'Secrets Manager stores the secret encrypted at rest with AWS KMS (the AWS managed key aws/secretsmanager unless KmsKeyId names another), serves it only over TLS to authorized callers and rotates it when a rotation schedule is configured.',
    source: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/data-protection.html',
  },
  {
    type: 'AWS::SecretsManager::ResourcePolicy',
    service: 'AWS Secrets Manager',
    serviceModel: 'abstracted',
    awsSide:
      "Secrets Manager evaluates the secret's resource policy on every request and, unless BlockPublicPolicy is false, rejects a policy that allows broad access; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-resourcepolicy.html',
  },
];
