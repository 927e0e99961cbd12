import * as securityhub from 'aws-cdk-lib/aws-securityhub';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, dutyCases } from '../../harness';

dutyCases(
  'account-security-hub-enabled',
  [
    {
      name: 'the app enables Security Hub',
      build: (s) => new securityhub.CfnHub(s, 'Hub', { enableDefaultStandards: true }),
      path: ACCOUNT,
      expect: 'configured',
    },
    { name: 'the app does not define a hub', build: (s) => new s3.Bucket(s, 'B'), path: ACCOUNT, expect: 'needs-attestation' },
    {
      name: 'the hub is attested',
      build: (s) => new s3.Bucket(s, 'B'),
      props: {
        attestations: [{ dutyId: 'account-security-hub-enabled', evidence: 'Delegated admin in the audit account', expires: '2999-01-01' }],
      },
      path: ACCOUNT,
      expect: 'attested',
    },
  ],
  { noUnknownBecause: 'the duty only asks whether a hub resource exists; it reads no property' },
);
