import { Duration } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { dutyCases } from '../../harness';

const ID = 'secretsmanager-secret-rotation-succeeds';

function rotated(stack: import('aws-cdk-lib').Stack): void {
  new secretsmanager.Secret(stack, 'Secret').addRotationSchedule('Rotation', {
    hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(),
    automaticallyAfter: Duration.days(30),
  });
}

dutyCases(
  ID,
  [
    { name: 'rotation is configured and nobody has attested that it works', build: rotated, path: 'Secret', expect: 'needs-attestation' },
    {
      name: 'rotation is configured and its success is attested for the stack',
      build: rotated,
      props: {
        attestations: [
          { dutyId: ID, scope: 'Test', evidence: 'Security Hub SecretsManager.2 PASSED on 2026-11-20', expires: '2999-12-31' },
        ],
      },
      path: 'Secret',
      expect: 'attested',
    },
    {
      name: 'the secret has no rotation to succeed',
      build: (s) => new secretsmanager.Secret(s, 'Secret'),
      path: 'Secret',
      expect: 'not-applicable',
    },
  ],
  { noUnknownBecause: 'the duty reads only whether a rotation schedule targets the secret, which the index decides' },
);
