import * as config from 'aws-cdk-lib/aws-config';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, dutyCases } from '../../harness';

dutyCases(
  'account-config-recording',
  [
    {
      name: 'the app defines a configuration recorder',
      build: (s) =>
        new config.CfnConfigurationRecorder(s, 'Recorder', {
          roleArn: 'arn:aws:iam::111111111111:role/config',
          recordingGroup: { allSupported: true },
        }),
      path: ACCOUNT,
      expect: 'configured',
    },
    { name: 'the app defines none', build: (s) => new s3.Bucket(s, 'B'), path: ACCOUNT, expect: 'needs-attestation' },
    {
      name: 'recording is attested',
      build: (s) => new s3.Bucket(s, 'B'),
      props: { attestations: [{ dutyId: 'account-config-recording', evidence: 'Control Tower enrolls the account' }] },
      path: ACCOUNT,
      expect: 'attested',
    },
  ],
  { noUnknownBecause: 'the duty only asks whether a recorder resource exists; it reads no property' },
);
