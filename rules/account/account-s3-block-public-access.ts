import { defineDuty } from '../../lib/model/duty';
import { needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'account-s3-block-public-access',
  title: 'S3 Block Public Access is enabled for the account',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::Account'],
  awsSide:
    'AWS enforces the account-level Block Public Access settings on every bucket in the account once they are on; CloudFormation has no resource for them.',
  customerSide:
    "Preventing public exposure of data is the customer's: turn on all four account-level Block Public Access settings so no bucket can be made public by mistake.",
  attestable: true,
  severity: 'info',
  remediation: {
    l1: 'not expressible in CloudFormation: `aws s3control put-public-access-block --account-id <id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`, then attest it',
  },
  controls: { fsbp: ['S3.1'], nist: ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-6', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
  ],
  messages: {},
  evaluate() {
    return needsAttestation(
      'Account-level S3 Block Public Access is set outside CloudFormation; attest that all four settings are on for the account.',
    );
  },
});
