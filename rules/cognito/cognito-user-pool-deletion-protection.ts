import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cognito-user-pool-deletion-protection',
  title: 'Cognito user pool has deletion protection active',
  category: 'resilience',
  resourceTypes: ['AWS::Cognito::UserPool'],
  awsSide:
    'Amazon Cognito refuses DeleteUserPool while DeletionProtection is ACTIVE; a pool created through the API (and so through CloudFormation) has deletion protection inactive by default, and a deleted pool and its users cannot be recovered.',
  customerSide:
    "Protecting the user directory from accidental deletion is the customer's: without deletion protection, deleting the stack or the pool removes every user, password and MFA enrolment at once.",
  severity: 'warning',
  remediation: {
    l2: 'new cognito.UserPool(this, id, { deletionProtection: true })',
    l1: 'DeletionProtection: ACTIVE',
  },
  controls: { fsbp: [], nist: ['CM-3', 'SC-5(2)'] },
  sources: [
    'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpool.html#cfn-cognito-userpool-deletionprotection',
    'https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-deletion-protection-enabled.html',
  ],
  messages: {
    inactive: 'The user pool has DeletionProtection {value}.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('DeletionProtection').str();
    if (value === 'ACTIVE') return configured('DeletionProtection is ACTIVE');
    return unconfigured('inactive', { value: value ?? 'not set (INACTIVE by default)' });
  },
});
