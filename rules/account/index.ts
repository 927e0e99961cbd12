import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import accountConfigRecording from './account-config-recording';
import accountEbsEncryptionByDefault from './account-ebs-encryption-by-default';
import accountGuarddutyEnabled from './account-guardduty-enabled';
import accountMultiRegionTrail from './account-multi-region-trail';
import accountRootHardwareMfa from './account-root-hardware-mfa';
import accountS3BlockPublicAccess from './account-s3-block-public-access';
import accountSecurityHubEnabled from './account-security-hub-enabled';

/** Account-level duties, sorted by id: evaluated once per run, mostly needing attestation. */
export const duties: readonly Duty[] = [
  accountConfigRecording,
  accountEbsEncryptionByDefault,
  accountGuarddutyEnabled,
  accountMultiRegionTrail,
  accountRootHardwareMfa,
  accountS3BlockPublicAccess,
  accountSecurityHubEnabled,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Account',
    service: 'AWS account',
    serviceModel: 'abstracted',
    awsSide:
      "AWS secures the global infrastructure and the account boundary; account-wide security services (GuardDuty, Security Hub, Config, CloudTrail trails) and settings (EBS encryption by default, S3 Block Public Access, root MFA) are the customer's to turn on.",
    source: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
  },
];
