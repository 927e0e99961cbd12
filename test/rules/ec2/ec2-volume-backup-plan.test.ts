import { CfnParameter, Size, Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';

const base = { availabilityZone: 'us-east-1a', size: Size.gibibytes(10), encrypted: true };

dutyCases('ec2-volume-backup-plan', [
  {
    name: 'a backup plan selects the L2 volume by its tag',
    build: (stack) => {
      Tags.of(new ec2.Volume(stack, 'Volume', base)).add('backup', 'daily');
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Volumes', {
        resources: [backup.BackupResource.fromTag('backup', 'daily')],
      });
    },
    path: 'Volume',
    expect: 'configured',
  },
  {
    name: 'a backup plan selects the L2 volume by its ARN',
    build: (stack) => {
      const volume = new ec2.Volume(stack, 'Volume', base);
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Volumes', {
        resources: [backup.BackupResource.fromArn(stack.formatArn({ service: 'ec2', resource: 'volume', resourceName: volume.volumeId }))],
      });
    },
    path: 'Volume',
    expect: 'configured',
  },
  {
    name: 'the L2 volume is in no backup plan',
    build: (stack) => new ec2.Volume(stack, 'Volume', base),
    path: 'Volume',
    expect: 'unconfigured',
  },
  {
    name: 'the backup plan selects a tag the volume does not carry',
    build: (stack) => {
      Tags.of(new ec2.Volume(stack, 'Volume', base)).add('backup', 'weekly');
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Volumes', {
        resources: [backup.BackupResource.fromTag('backup', 'daily')],
      });
    },
    path: 'Volume',
    expect: 'unconfigured',
  },
  {
    name: "the volume's tag that the plan selects has a parameter value",
    build: (stack) => {
      Tags.of(new ec2.Volume(stack, 'Volume', base)).add('backup', new CfnParameter(stack, 'Tier').valueAsString);
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Volumes', {
        resources: [backup.BackupResource.fromTag('backup', 'daily')],
      });
    },
    path: 'Volume',
    expect: 'unknown',
  },
]);
