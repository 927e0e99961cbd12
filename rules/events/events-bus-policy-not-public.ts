import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { type PublicGrant, publicGrantOfBusPolicy, publicGrantOfDocument } from './helpers';

export default defineDuty({
  id: 'events-bus-policy-not-public',
  title: 'EventBridge event bus policy does not allow every AWS account',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Events::EventBus', 'AWS::Events::EventBusPolicy'],
  awsSide:
    'An event bus accepts events only from its own account unless its resource-based policy allows others; EventBridge enforces whatever policy the customer writes.',
  customerSide:
    'Who may put events on the bus (and so trigger its rules and targets) is the customer\'s choice: a policy that allows Principal "*" without an aws:PrincipalOrgID or account condition lets any AWS account inject events.',
  severity: 'error',
  remediation: {
    l2: 'bus.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal(...)] ... })) or grant to an organization: bus.grantPutEventsTo(...)',
    l1: 'AWS::Events::EventBusPolicy Statement with a specific Principal, or Principal "*" with Condition {"StringEquals": {"aws:PrincipalOrgID": "o-..."}}',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-eventbuspolicy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-eventbus.html#cfn-events-eventbus-policy',
  ],
  messages: {
    publicAllow: 'The event bus policy {source} allows everyone: {detail}.',
  },
  evaluate(ctx) {
    if (ctx.resource.type === 'AWS::Events::EventBusPolicy') {
      // A policy on a bus outside the template (the default bus, or one that may be: an Fn::If, a parameter) is judged on its own.
      const bus = ctx.linked('EventBusName', 'AWS::Events::EventBus')?.[0];
      if (bus) return notApplicable(`evaluated on the event bus ${bus.logicalId}`);
      const grant = publicGrantOfBusPolicy(ctx, ctx.resource);
      return grant ? unconfigured('publicAllow', { ...grant }) : configured('the policy statement does not allow every account');
    }
    let found: PublicGrant | undefined = publicGrantOfDocument('Policy', ctx.props.at('Policy'));
    const policies = ctx.attachments('AWS::Events::EventBusPolicy', 'EventBusName');
    for (const policy of policies.sure) found ??= publicGrantOfBusPolicy(ctx, policy);
    if (found) return unconfigured('publicAllow', { ...found });
    policies.settle((p) => publicGrantOfBusPolicy(ctx, p) !== undefined);
    return configured(
      policies.sure.length > 0 || ctx.props.at('Policy').isSet()
        ? 'the bus policy allows no unconfined public access'
        : 'no bus policy: only the owning account can put events',
    );
  },
});
