import { defineDuty } from '../../lib/model/duty';
import { needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'account-ebs-encryption-by-default',
  title: 'EBS encryption by default is enabled in the account and Region',
  category: 'data-protection',
  resourceTypes: ['AWS::Account'],
  awsSide:
    'AWS encrypts every new EBS volume and snapshot copy once the account-level setting is on; it is off by default, and CloudFormation has no resource to turn it on.',
  customerSide:
    "Encrypting data at rest on instances is the customer's: turn on EBS encryption by default per Region (console, CLI `ec2 enable-ebs-encryption-by-default`, or a custom resource), so no volume is created unencrypted.",
  attestable: true,
  severity: 'info',
  remediation: { l1: 'not expressible in CloudFormation: run `aws ec2 enable-ebs-encryption-by-default` in each Region, then attest it' },
  controls: { fsbp: ['EC2.7'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  ],
  messages: {},
  evaluate() {
    return needsAttestation(
      'EBS encryption by default is an account setting that no CloudFormation resource can set; attest that it is enabled in every Region you deploy to.',
    );
  },
});
