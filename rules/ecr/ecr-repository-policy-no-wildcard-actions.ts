import { defineDuty } from '../../lib/model/duty';
import { firstWildcardGrant } from '../../lib/model/evidence/resource-policies';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecr-repository-policy-no-wildcard-actions',
  title: 'ECR repository policy does not grant every ECR action to another principal',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ECR::Repository'],
  awsSide:
    'ECR allows the principals a repository policy names exactly the actions it lists; "ecr:*" includes ecr:PutImage, ecr:BatchDeleteImage, ecr:DeleteRepository and ecr:SetRepositoryPolicy.',
  customerSide:
    'Least privilege in the repository policy is the customer\'s: granting "ecr:*" (or "*") to another account, a role or a service lets it push or replace images that others run, delete them and rewrite the policy, where it needs only to pull. Granting the owning account as a whole is not reported: its IAM policies still decide per action.',
  severity: 'warning',
  remediation: {
    l2: 'repository.grantPull(principal) (or grantPullPush), or repository.addToResourcePolicy with the actions needed',
    l1: 'RepositoryPolicyText Allow statements that list the ECR actions needed (ecr:BatchGetImage, ecr:GetDownloadUrlForLayer, ...) instead of "ecr:*" or "*"',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-repository.html',
  ],
  messages: {
    wildcard:
      'Statement {statement} of the repository policy allows {actions} to {principal}, every ECR action including PutImage, BatchDeleteImage and SetRepositoryPolicy.',
  },
  evaluate(ctx) {
    const found = firstWildcardGrant(ctx, [ctx.resource], 'ecr', 'RepositoryPolicyText');
    if (found) return unconfigured('wildcard', found);
    return configured(
      ctx.props.at('RepositoryPolicyText').isSet()
        ? 'no repository policy statement grants every ECR action to another principal'
        : 'the repository has no repository policy',
    );
  },
});
