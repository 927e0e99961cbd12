import { defineDuty } from '../../lib/model/duty';
import { isPublicAllow, statements, stringList } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecr-repository-policy-not-public',
  title: 'ECR repository policy does not grant access to everyone',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ECR::Repository'],
  awsSide:
    'AWS evaluates the repository policy on every request; a private repository has no policy by default, so only principals of the owning account with IAM permissions can pull or push.',
  customerSide:
    'Who may pull or push images is the customer\'s decision: a statement allowing Principal "*" without a condition that confines it opens the images (and their secrets) to any AWS account.',
  severity: 'error',
  remediation: {
    l2: 'repository.grantPull(principal) / repository.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal(account)], ... }))',
    l1: 'RepositoryPolicyText: statements with specific principals, or Principal "*" only with a confining condition such as aws:PrincipalOrgID',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html#cfn-ecr-repository-repositorypolicytext',
  ],
  messages: {
    public: 'The repository policy allows {actions} to Principal "*" without a confining condition.',
  },
  evaluate(ctx) {
    const open = statements(ctx.props.at('RepositoryPolicyText')).filter(isPublicAllow);
    if (open.length === 0) return configured('no statement allows everyone');
    const actions = open.flatMap((s) => stringList(s.at('Action')) ?? ['(NotAction)']);
    return unconfigured('public', { actions: [...new Set(actions)].join(', ') });
  },
});
