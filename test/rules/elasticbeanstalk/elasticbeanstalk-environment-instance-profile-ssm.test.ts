import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';
import { environment, param } from './fixtures';

const NS = 'aws:autoscaling:launchconfiguration';

function profile(stack: import('aws-cdk-lib').Stack, withSsm: boolean): iam.InstanceProfile {
  const role = new iam.Role(stack, 'Role', {
    assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    managedPolicies: [
      iam.ManagedPolicy.fromAwsManagedPolicyName('AWSElasticBeanstalkWebTier'),
      ...(withSsm ? [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')] : []),
    ],
  });
  return new iam.InstanceProfile(stack, 'Profile', { role });
}

dutyCases('elasticbeanstalk-environment-instance-profile-ssm', [
  {
    name: "the instance profile's role has AmazonSSMManagedInstanceCore",
    build: (stack) => environment(stack, { [NS]: { IamInstanceProfile: profile(stack, true).instanceProfileName } }),
    path: 'Env',
    expect: 'configured',
  },
  { name: 'no instance profile is set', build: (stack) => environment(stack), path: 'Env', expect: 'unconfigured' },
  {
    name: "the instance profile's role lacks the SSM core permissions",
    build: (stack) => environment(stack, { [NS]: { IamInstanceProfile: profile(stack, false).instanceProfileName } }),
    path: 'Env',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override points the environment at the SSM-enabled profile',
    build: (stack) => {
      const good = profile(stack, true);
      environment(stack, { [NS]: { IamInstanceProfile: 'aws-elasticbeanstalk-ec2-role' } }).addPropertyOverride(
        'OptionSettings.0.Value',
        good.instanceProfileName,
      );
    },
    path: 'Env',
    expect: 'configured',
  },
  {
    name: 'the instance profile is a parameter',
    build: (stack) => environment(stack, { [NS]: { IamInstanceProfile: param(stack) } }),
    path: 'Env',
    expect: 'unknown',
  },
  {
    name: 'the instance profile is defined outside the app',
    build: (stack) => environment(stack, { [NS]: { IamInstanceProfile: 'aws-elasticbeanstalk-ec2-role' } }),
    path: 'Env',
    expect: 'unknown',
  },
]);
