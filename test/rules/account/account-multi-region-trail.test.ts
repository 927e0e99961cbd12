import { CfnParameter } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, dutyCases } from '../../harness';

dutyCases('account-multi-region-trail', [
  {
    name: 'the L2 trail keeps its multi-Region default',
    build: (s) => new cloudtrail.Trail(s, 'Trail'),
    path: ACCOUNT,
    expect: 'configured',
  },
  {
    name: 'the only trail is single-Region',
    build: (s) => new cloudtrail.Trail(s, 'Trail', { isMultiRegionTrail: false }),
    path: ACCOUNT,
    expect: 'needs-attestation',
  },
  {
    name: 'the multi-Region trail excludes management events',
    build: (s) => {
      const trail = new cloudtrail.Trail(s, 'Trail', { managementEvents: cloudtrail.ReadWriteType.NONE });
      trail.addS3EventSelector([{ bucket: new s3.Bucket(s, 'Data') }], { includeManagementEvents: false });
    },
    path: ACCOUNT,
    expect: 'needs-attestation',
  },
  {
    name: 'an organization trail in another account is attested',
    build: (s) => new s3.Bucket(s, 'B'),
    props: {
      attestations: [{ dutyId: 'account-multi-region-trail', evidence: 'Organization trail org-trail in the log archive account' }],
    },
    path: ACCOUNT,
    expect: 'attested',
  },
  {
    name: 'whether the trail logs is a parameter',
    build: (s) => {
      const trail = new cloudtrail.Trail(s, 'Trail');
      (trail.node.defaultChild as cloudtrail.CfnTrail).isLogging = new CfnParameter(s, 'Logging').valueAsString as unknown as boolean;
    },
    path: ACCOUNT,
    expect: 'unknown',
  },
]);
