import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, dutyCases } from '../../harness';

dutyCases(
  'account-root-hardware-mfa',
  [
    { name: 'nothing is attested', build: (s) => new s3.Bucket(s, 'B'), path: ACCOUNT, expect: 'needs-attestation' },
    {
      name: 'an attestation with evidence covers the app',
      build: (s) => new s3.Bucket(s, 'B'),
      props: { attestations: [{ dutyId: 'account-root-hardware-mfa', evidence: 'Checked in the quarterly account review' }] },
      path: ACCOUNT,
      expect: 'attested',
    },
    {
      name: 'an attestation scoped to another stack does not cover this one',
      build: (s) => new s3.Bucket(s, 'B'),
      props: { attestations: [{ dutyId: 'account-root-hardware-mfa', scope: 'OtherStack', evidence: 'n/a' }] },
      path: ACCOUNT,
      expect: 'needs-attestation',
    },
  ],
  { noUnknownBecause: 'CloudFormation cannot express this account setting, so the duty reads nothing from the template' },
);
