import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const MAXIMUM_DAYS = 30;

export default defineDuty({
  id: 'kms-key-deletion-window-maximum',
  title: 'KMS key keeps the 30-day waiting period before deletion',
  category: 'resilience',
  resourceTypes: ['AWS::KMS::Key'],
  awsSide:
    'When a KMS key is removed from a stack, AWS KMS schedules it for deletion and waits PendingWindowInDays (7 to 30, 30 when omitted) before deleting it; during the wait the deletion can be cancelled.',
  customerSide:
    "Choosing the recovery window is the customer's: a shorter waiting period leaves less time to notice and cancel an unintended key deletion before the data encrypted under the key becomes unrecoverable.",
  severity: 'info',
  remediation: {
    l2: 'new kms.Key(this, id, { pendingWindow: Duration.days(30) }) (or leave pendingWindow unset)',
    l1: 'PendingWindowInDays: 30 (or omit it)',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-12(2)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html#cfn-kms-key-pendingwindowindays',
    'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
  ],
  messages: {
    shortWindow: 'The key has PendingWindowInDays {days}, shorter than the 30-day maximum.',
  },
  evaluate(ctx) {
    const days = ctx.props.at('PendingWindowInDays').num();
    if (days === undefined) return configured('PendingWindowInDays is not set, so AWS KMS waits 30 days');
    if (days >= MAXIMUM_DAYS) return configured(`PendingWindowInDays is ${days}`);
    return unconfigured('shortWindow', { days });
  },
});
