import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import cognitoIdentityPoolNoUnauthenticatedIdentities from './cognito-identity-pool-no-unauthenticated-identities';
import cognitoUserPoolDeletionProtection from './cognito-user-pool-deletion-protection';
import cognitoUserPoolMfaEnabled from './cognito-user-pool-mfa-enabled';
import cognitoUserPoolStrongPasswordPolicy from './cognito-user-pool-strong-password-policy';
import cognitoUserPoolThreatProtectionEnforced from './cognito-user-pool-threat-protection-enforced';

/** Amazon Cognito duties, sorted by id. */
export const duties: readonly Duty[] = [
  cognitoIdentityPoolNoUnauthenticatedIdentities,
  cognitoUserPoolDeletionProtection,
  cognitoUserPoolMfaEnabled,
  cognitoUserPoolStrongPasswordPolicy,
  cognitoUserPoolThreatProtectionEnforced,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Cognito::IdentityPool',
    service: 'Amazon Cognito',
    serviceModel: 'abstracted',
    awsSide:
      'Amazon Cognito runs the identity pool service, validates tokens from the configured identity providers and obtains temporary AWS credentials for the roles the customer maps to them.',
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
  },
  {
    type: 'AWS::Cognito::UserPool',
    service: 'Amazon Cognito',
    serviceModel: 'abstracted',
    awsSide:
      "Amazon Cognito runs the user directory and its sign-in endpoints and issues the tokens; the pool's sign-in security settings (MFA, password policy, threat protection, deletion protection) are the customer's.",
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/managing-security.html',
  },
];
