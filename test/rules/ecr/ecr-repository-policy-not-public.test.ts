import { CfnParameter } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

const PULL = ['ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];

dutyCases('ecr-repository-policy-not-public', [
  { name: 'the L2 repository has no policy', build: (stack) => new ecr.Repository(stack, 'Repo'), path: 'Repo', expect: 'configured' },
  {
    // A literal ARN: iam.AccountPrincipal renders an Fn::Join with AWS::Partition, which lib/model/policy.ts
    // cannot read yet (reported as an engine limitation), so the duty would say unknown.
    name: 'the L2 repository grants pull to another account by ARN',
    build: (stack) => new ecr.Repository(stack, 'Repo').grantPull(new iam.ArnPrincipal('arn:aws:iam::222222222222:root')),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the L2 repository allows pull to everyone in the organization',
    build: (stack) =>
      new ecr.Repository(stack, 'Repo').addToResourcePolicy(
        new iam.PolicyStatement({
          actions: PULL,
          principals: [new iam.AnyPrincipal()],
          conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
        }),
      ),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the L2 repository allows pull to everyone',
    build: (stack) =>
      new ecr.Repository(stack, 'Repo').addToResourcePolicy(
        new iam.PolicyStatement({ actions: PULL, principals: [new iam.AnyPrincipal()] }),
      ),
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override replaces the public policy with a private one',
    build: (stack) => {
      const repo = new ecr.Repository(stack, 'Repo');
      repo.addToResourcePolicy(new iam.PolicyStatement({ actions: PULL, principals: [new iam.AnyPrincipal()] }));
      (repo.node.defaultChild as ecr.CfnRepository).addPropertyOverride('RepositoryPolicyText', {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: PULL }],
      });
    },
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the principal is a parameter',
    build: (stack) =>
      new ecr.CfnRepository(stack, 'Repo', {
        repositoryPolicyText: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: new CfnParameter(stack, 'Who').valueAsString }, Action: PULL }],
        },
      }),
    path: 'Repo',
    expect: 'unknown',
  },
  {
    name: "the L2 repository allows pull to AccountPrincipal('*') (arn:aws:iam::*:root, every account)",
    build: (stack) => {
      new ecr.Repository(stack, 'Repo').addToResourcePolicy(
        new iam.PolicyStatement({ actions: PULL, principals: [new iam.AccountPrincipal('*')] }),
      );
    },
    path: 'Repo',
    expect: 'unconfigured',
  },
]);
