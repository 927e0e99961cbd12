import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { attachedToSecret, ROTATION_SCHEDULE } from './helpers';

export default defineDuty({
  id: 'secretsmanager-secret-rotation-enabled',
  title: 'Secrets Manager secret has automatic rotation configured',
  category: 'identity-and-access',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  awsSide:
    'Secrets Manager rotates a secret only when a rotation schedule and a rotation function are configured for it (an AWS::SecretsManager::RotationSchedule in CloudFormation); a secret is not rotated by default.',
  customerSide:
    "Rotating credentials is the customer's: a secret that is never rotated stays valid for as long as anyone who ever read it, or a copy of it, can use it.",
  severity: 'warning',
  remediation: {
    l2: "secret.addRotationSchedule('Rotation', { hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser() /* or rotationLambda */, automaticallyAfter: Duration.days(30) })",
    l1: 'an AWS::SecretsManager::RotationSchedule with SecretId: { Ref: <secret> }, a RotationLambdaARN or HostedRotationLambda, and RotationRules',
  },
  controls: { fsbp: ['SecretsManager.1'], nist: ['AC-2(1)', 'AC-3(15)', 'IA-5(1)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-rotationschedule.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  ],
  messages: {
    noSchedule: 'No AWS::SecretsManager::RotationSchedule in the template targets the secret, so Secrets Manager never rotates it.',
  },
  evaluate(ctx) {
    const schedules = attachedToSecret(ctx, ROTATION_SCHEDULE);
    if (schedules.sure.length === 0) {
      schedules.settle(); // a schedule that may target the secret makes "none" unknown
      return unconfigured('noSchedule');
    }
    // A schedule whose rules depend on a condition may not rotate: reading them keeps that unknown.
    for (const schedule of schedules.sure) ctx.propsOf(schedule).at('RotationRules').isSet();
    return configured(`rotation schedule ${schedules.sure[0].logicalId} targets the secret`);
  },
});
