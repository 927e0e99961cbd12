import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

/** Policy resources that attach to users, and the property that names the users. */
const ATTACHING: ReadonlyArray<readonly [type: string, property: string]> = [
  ['AWS::IAM::Policy', 'Users'],
  ['AWS::IAM::ManagedPolicy', 'Users'],
  ['AWS::IAM::UserPolicy', 'UserName'],
];

export default defineDuty({
  id: 'iam-user-no-direct-policies',
  title: 'IAM user receives permissions only through groups or roles',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::User'],
  awsSide:
    "IAM evaluates a user's own inline and attached policies together with those of its groups; it does not steer where the customer attaches permissions.",
  customerSide:
    "Managing permissions at the right level is the customer's: policies attached directly to users are hard to review and tend to accumulate, so attach them to a group (or a role the user assumes) and add the user to it.",
  severity: 'warning',
  remediation: {
    l2: "const group = new iam.Group(this, 'Readers', { managedPolicies: [...] }); group.addUser(user) (or user.addToGroup(group)) instead of user.addManagedPolicy(...) / user.addToPolicy(...)",
    l1: "no Policies or ManagedPolicyArns on AWS::IAM::User and no user in Users of AWS::IAM::Policy / AWS::IAM::ManagedPolicy; attach the policies to an AWS::IAM::Group listed in the user's Groups",
  },
  controls: { fsbp: ['IAM.2'], nist: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(3)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
    'https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-user.html',
  ],
  messages: {
    inline: 'The user embeds inline policies in its Policies property ({count}).',
    managed: 'The user has managed policies attached through ManagedPolicyArns ({count}).',
    attached: 'The {type} {policy} is attached directly to the user (through its {property}).',
  },
  evaluate(ctx) {
    const inline = ctx.props.at('Policies').list() ?? [];
    if (inline.length > 0) return unconfigured('inline', { count: inline.length });
    const managed = ctx.props.at('ManagedPolicyArns').list() ?? [];
    if (managed.length > 0) return unconfigured('managed', { count: managed.length });
    const attached = ATTACHING.map(([type, property]) => ({ type, property, policies: ctx.attachments(type, property) }));
    for (const { type, property, policies } of attached) {
      if (policies.sure.length > 0) return unconfigured('attached', { type, policy: policies.sure[0].logicalId, property });
    }
    // A policy whose Users or UserName may name the user (an Fn::If, a parameter) makes it unknown.
    for (const { policies } of attached) policies.settle();
    return configured('no policy is attached directly to the user');
  },
});
