import { defineDuty } from '../../lib/model/duty';
import { needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'account-root-hardware-mfa',
  title: 'The root user has hardware MFA',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Account'],
  awsSide:
    'AWS enforces MFA at sign-in once the customer registers a device for the root user; root credentials cannot be managed from CloudFormation.',
  customerSide:
    "Protecting the account's most powerful credential is the customer's: register a hardware MFA device (or a passkey) for the root user and keep it off daily use.",
  attestable: true,
  severity: 'info',
  remediation: { l1: 'not expressible in CloudFormation: register the device in the IAM console as the root user, then attest it' },
  controls: { fsbp: ['IAM.6'], nist: ['AC-2(1)', 'AC-3(15)', 'IA-2(1)', 'IA-2(2)', 'IA-2(6)', 'IA-2(8)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-hw-mfa-for-root.html',
  ],
  messages: {},
  evaluate() {
    return needsAttestation('Root user MFA is managed outside CloudFormation; attest that the root user has a hardware MFA device.');
  },
});
