import { Duration, Fn } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import { dutyCases } from '../../harness';

dutyCases('ecr-repository-lifecycle-policy', [
  {
    name: 'the L2 repository has lifecycle rules',
    build: (stack) =>
      new ecr.Repository(stack, 'Repo', { lifecycleRules: [{ tagStatus: ecr.TagStatus.UNTAGGED, maxImageAge: Duration.days(14) }] }),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the L2 repository has no lifecycle rules',
    build: (stack) => new ecr.Repository(stack, 'Repo'),
    path: 'Repo',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds a lifecycle policy',
    build: (stack) =>
      (new ecr.Repository(stack, 'Repo').node.defaultChild as ecr.CfnRepository).addPropertyOverride(
        'LifecyclePolicy.LifecyclePolicyText',
        JSON.stringify({
          rules: [
            {
              rulePriority: 1,
              selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 50 },
              action: { type: 'expire' },
            },
          ],
        }),
      ),
    path: 'Repo',
    expect: 'configured',
  },
  {
    name: 'the lifecycle policy is present only under a condition',
    build: (stack) =>
      new ecr.CfnRepository(stack, 'Repo', {
        lifecyclePolicy: { lifecyclePolicyText: Fn.conditionIf('Prod', '{"rules":[]}', Fn.ref('AWS::NoValue')).toString() },
      }),
    path: 'Repo',
    expect: 'unknown',
  },
]);
