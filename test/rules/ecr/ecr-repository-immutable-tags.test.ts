import { CfnParameter } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import { dutyCases } from '../../harness';

dutyCases('ecr-repository-immutable-tags', [
  {
    name: 'the L2 repository sets IMMUTABLE',
    build: (stack) => new ecr.Repository(stack, 'Repo', { imageTagMutability: ecr.TagMutability.IMMUTABLE }),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the L2 repository keeps the default (MUTABLE)',
    build: (stack) => new ecr.Repository(stack, 'Repo'),
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 repository sets MUTABLE_WITH_EXCLUSION',
    build: (stack) =>
      new ecr.Repository(stack, 'Repo', {
        imageTagMutability: ecr.TagMutability.MUTABLE_WITH_EXCLUSION,
        imageTagMutabilityExclusionFilters: [ecr.ImageTagMutabilityExclusionFilter.wildcard('release-*')],
      }),
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets IMMUTABLE',
    build: (stack) =>
      (new ecr.Repository(stack, 'Repo').node.defaultChild as ecr.CfnRepository).addPropertyOverride('ImageTagMutability', 'IMMUTABLE'),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'ImageTagMutability is a parameter',
    build: (stack) => new ecr.CfnRepository(stack, 'Repo', { imageTagMutability: new CfnParameter(stack, 'Mut').valueAsString }),
    path: 'Repo',
    expect: 'unknown',
  },
]);
