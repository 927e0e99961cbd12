export const REDSHIFT_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html';
export const REDSHIFT_SERVERLESS_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html';
export const CFN_REDSHIFT_CLUSTER = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html';
export const CFN_WORKGROUP =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshiftserverless-workgroup.html';
export const CFN_NAMESPACE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshiftserverless-namespace.html';

/** Security Hub's NIST 800-53 r5 mapping for Redshift.7 (enhanced VPC routing). */
export const NIST_VPC_ROUTING = ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(20)', 'SC-7(21)', 'SC-7(4)', 'SC-7(9)'];
/** Security Hub's NIST 800-53 r5 mapping for Redshift.4 (audit logging). */
export const NIST_AUDIT_LOGGING = [
  'AC-2(4)',
  'AC-4(26)',
  'AC-6(9)',
  'AU-10',
  'AU-12',
  'AU-2',
  'AU-3',
  'AU-6(3)',
  'AU-6(4)',
  'CA-7',
  'SC-7(9)',
  'SI-3(8)',
  'SI-4(20)',
  'SI-7(8)',
];
