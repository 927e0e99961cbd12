import { CfnParameter } from 'aws-cdk-lib';
import * as guardduty from 'aws-cdk-lib/aws-guardduty';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, dutyCases } from '../../harness';

const ID = 'account-guardduty-enabled';

dutyCases(ID, [
  {
    name: 'the app defines an enabled detector',
    build: (s) => new guardduty.CfnDetector(s, 'Detector', { enable: true }),
    path: ACCOUNT,
    expect: 'configured',
  },
  { name: 'the app defines no detector', build: (s) => new s3.Bucket(s, 'B'), path: ACCOUNT, expect: 'needs-attestation' },
  {
    name: 'the only detector is disabled',
    build: (s) => new guardduty.CfnDetector(s, 'Detector', { enable: false }),
    path: ACCOUNT,
    expect: 'needs-attestation',
  },
  {
    name: 'no detector is defined but GuardDuty is attested',
    build: (s) => new s3.Bucket(s, 'B'),
    props: { attestations: [{ dutyId: ID, evidence: 'Enabled org-wide by the security account (SEC-12)' }] },
    path: ACCOUNT,
    expect: 'attested',
  },
  {
    name: 'the attestation expired',
    build: (s) => new s3.Bucket(s, 'B'),
    props: { attestations: [{ dutyId: ID, evidence: 'Audit 2020', expires: '2020-12-31' }] },
    path: ACCOUNT,
    expect: 'needs-attestation',
  },
  {
    name: 'the detector is enabled by a parameter',
    build: (s) =>
      new guardduty.CfnDetector(s, 'Detector', {
        enable: new CfnParameter(s, 'On', { type: 'String' }).valueAsString as unknown as boolean,
      }),
    path: ACCOUNT,
    expect: 'unknown',
  },
]);
