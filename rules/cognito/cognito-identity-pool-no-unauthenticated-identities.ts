import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cognito-identity-pool-no-unauthenticated-identities',
  title: 'Cognito identity pool does not allow unauthenticated (guest) identities',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Cognito::IdentityPool'],
  awsSide:
    "Amazon Cognito identity pools issue temporary AWS credentials; with AllowUnauthenticatedIdentities true they issue them to anyone who asks, with the permissions of the pool's unauthenticated role.",
  customerSide:
    "Deciding who gets AWS credentials is the customer's: guest access hands anonymous callers credentials for the unauthenticated role, so keep it off unless the application needs it and that role is narrowly scoped.",
  severity: 'error',
  remediation: {
    l2: 'new IdentityPool(this, id, { allowUnauthenticatedIdentities: false }) (aws-cdk-lib/aws-cognito-identitypool; false is the default)',
    l1: 'AllowUnauthenticatedIdentities: false',
  },
  controls: { fsbp: ['Cognito.2'], nist: ['AC-3', 'AC-6', 'AC-14', 'IA-2'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-identitypool.html#cfn-cognito-identitypool-allowunauthenticatedidentities',
    'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html',
  ],
  messages: {
    guests: 'The identity pool sets AllowUnauthenticatedIdentities true, so it issues credentials to unauthenticated callers.',
  },
  evaluate(ctx) {
    if (ctx.props.at('AllowUnauthenticatedIdentities').bool() === true) return unconfigured('guests');
    return configured('AllowUnauthenticatedIdentities is false');
  },
});
