import { defineDuty } from '../../lib/model/duty';
import { needsAttestation, notApplicable } from '../../lib/model/verdict';
import { attachedToSecret, ROTATION_SCHEDULE } from './helpers';

export default defineDuty({
  id: 'secretsmanager-secret-rotation-succeeds',
  title: 'Secrets Manager secret with rotation configured rotates successfully',
  category: 'identity-and-access',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  awsSide:
    'Secrets Manager invokes the rotation function on schedule and records whether each rotation succeeded; it does not fix a rotation function that fails.',
  customerSide:
    "That rotation actually works is the customer's: a rotation function without network access to the database, or without permission to change the password, fails silently and the secret stops rotating. Only run-time evidence shows it.",
  attestable: true,
  severity: 'info',
  remediation: {
    l1: "run-time evidence: the secret's last rotation succeeded (Security Hub control SecretsManager.2, or `aws secretsmanager describe-secret` LastRotatedDate); attest it with the checks' `attestations` option",
  },
  controls: { fsbp: ['SecretsManager.2'], nist: ['AC-2(1)', 'AC-3(15)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-2',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
  ],
  messages: {},
  evaluate(ctx) {
    const schedules = attachedToSecret(ctx, ROTATION_SCHEDULE);
    if (schedules.sure.length === 0) {
      schedules.settle();
      return notApplicable('no rotation is configured for the secret');
    }
    return needsAttestation(
      "Rotation is configured; whether it succeeds is run-time state. Attest it from Security Hub SecretsManager.2 or the secret's LastRotatedDate.",
    );
  },
});
