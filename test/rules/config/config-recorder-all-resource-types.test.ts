import { CfnParameter } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import { dutyCases } from '../../harness';

const roleArn = 'arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig';

dutyCases('config-recorder-all-resource-types', [
  {
    name: 'the recorder has no RecordingGroup (all supported types)',
    build: (stack) => new config.CfnConfigurationRecorder(stack, 'Recorder', { roleArn }),
    path: 'Recorder',
    expect: 'configured',
  },
  {
    name: 'the recorder sets AllSupported and global resource types',
    build: (stack) =>
      new config.CfnConfigurationRecorder(stack, 'Recorder', {
        roleArn,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
      }),
    path: 'Recorder',
    expect: 'configured',
  },
  {
    name: 'the recorder records only two resource types',
    build: (stack) =>
      new config.CfnConfigurationRecorder(stack, 'Recorder', {
        roleArn,
        recordingGroup: {
          allSupported: false,
          resourceTypes: ['AWS::S3::Bucket', 'AWS::EC2::Instance'],
          recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' },
        },
      }),
    path: 'Recorder',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override switches to all supported types',
    build: (stack) => {
      const r = new config.CfnConfigurationRecorder(stack, 'Recorder', {
        roleArn,
        recordingGroup: { allSupported: false, resourceTypes: ['AWS::S3::Bucket'] },
      });
      r.addPropertyOverride('RecordingGroup', { AllSupported: true });
    },
    path: 'Recorder',
    expect: 'configured',
  },
  {
    name: 'AllSupported is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'All');
      new config.CfnConfigurationRecorder(stack, 'Recorder', {
        roleArn,
        recordingGroup: { allSupported: p.valueAsString as unknown as boolean },
      });
    },
    path: 'Recorder',
    expect: 'unknown',
  },
]);
