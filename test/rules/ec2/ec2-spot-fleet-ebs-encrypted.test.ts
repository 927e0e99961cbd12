import { Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';

function fleet(
  stack: import('aws-cdk-lib').Stack,
  spec: Partial<ec2.CfnSpotFleet.SpotFleetLaunchSpecificationProperty> | undefined,
): ec2.CfnSpotFleet {
  return new ec2.CfnSpotFleet(stack, 'Fleet', {
    spotFleetRequestConfigData: {
      iamFleetRole: 'arn:aws:iam::111111111111:role/aws-ec2-spot-fleet-tagging-role',
      targetCapacity: 2,
      ...(spec
        ? { launchSpecifications: [{ imageId: 'ami-12345678', instanceType: 't3.micro', ...spec }] }
        : { launchTemplateConfigs: [{ launchTemplateSpecification: { launchTemplateId: 'lt-12345678', version: '1' } }] }),
    },
  });
}

dutyCases('ec2-spot-fleet-ebs-encrypted', [
  {
    name: 'the launch specification encrypts its root volume',
    build: (stack) => fleet(stack, { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: true } }] }),
    path: 'Fleet',
    expect: 'configured',
  },
  {
    name: 'the launch specification defines no block device mapping',
    build: (stack) => fleet(stack, {}),
    path: 'Fleet',
    expect: 'unconfigured',
  },
  {
    name: 'the launch specification sets Encrypted false',
    build: (stack) => fleet(stack, { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: false } }] }),
    path: 'Fleet',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch encrypts the volume',
    build: (stack) =>
      fleet(stack, { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: false } }] }).addPropertyOverride(
        'SpotFleetRequestConfigData.LaunchSpecifications.0.BlockDeviceMappings.0.Ebs.Encrypted',
        true,
      ),
    path: 'Fleet',
    expect: 'configured',
  },
  {
    name: 'the fleet launches from a launch template',
    build: (stack) => fleet(stack, undefined),
    path: 'Fleet',
    expect: 'not-applicable',
  },
  {
    name: 'Encrypted depends on a condition',
    build: (stack) =>
      fleet(stack, {
        blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { encrypted: Fn.conditionIf('Enc', true, false) as unknown as boolean } }],
      }),
    path: 'Fleet',
    expect: 'unknown',
  },
]);
