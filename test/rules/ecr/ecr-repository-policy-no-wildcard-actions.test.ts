import { CfnParameter } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

const grantAll = (repo: ecr.Repository, principal: iam.IPrincipal, actions = ['ecr:*']) =>
  repo.addToResourcePolicy(new iam.PolicyStatement({ actions, principals: [principal] }));

dutyCases('ecr-repository-policy-no-wildcard-actions', [
  {
    name: 'grantPull to another account names the pull actions',
    build: (stack) => new ecr.Repository(stack, 'Repo').grantPull(new iam.AccountPrincipal('222222222222')),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the repository policy grants ecr:* to another account',
    build: (stack) => grantAll(new ecr.Repository(stack, 'Repo'), new iam.AccountPrincipal('222222222222')),
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the repository policy to ecr:BatchGetImage',
    build: (stack) => {
      const repo = new ecr.Repository(stack, 'Repo');
      grantAll(repo, new iam.AccountPrincipal('222222222222'));
      (repo.node.defaultChild as ecr.CfnRepository).addPropertyOverride('RepositoryPolicyText.Statement.0.Action', 'ecr:BatchGetImage');
    },
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the principal granted ecr:* is a parameter',
    build: (stack) => grantAll(new ecr.Repository(stack, 'Repo'), new iam.ArnPrincipal(new CfnParameter(stack, 'Puller').valueAsString)),
    path: 'Repo',
    expect: 'unknown',
  },
]);
