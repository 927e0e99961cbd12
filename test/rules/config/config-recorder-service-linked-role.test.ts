import { Fn } from 'aws-cdk-lib';
import * as config from 'aws-cdk-lib/aws-config';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

dutyCases('config-recorder-service-linked-role', [
  {
    name: 'the recorder uses the service-linked role ARN',
    build: (stack) =>
      new config.CfnConfigurationRecorder(stack, 'Recorder', {
        roleArn: 'arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
      }),
    path: 'Recorder',
    expect: 'configured',
  },
  {
    name: 'the recorder uses a role defined in the app',
    build: (stack) => {
      const role = new iam.Role(stack, 'ConfigRole', {
        assumedBy: new iam.ServicePrincipal('config.amazonaws.com'),
        managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWS_ConfigRole')],
      });
      new config.CfnConfigurationRecorder(stack, 'Recorder', { roleArn: role.roleArn });
    },
    path: 'Recorder',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override replaces a custom role with the service-linked role',
    build: (stack) => {
      const r = new config.CfnConfigurationRecorder(stack, 'Recorder', { roleArn: 'arn:aws:iam::111111111111:role/my-config-role' });
      r.addPropertyOverride('RoleARN', 'arn:aws:iam::111111111111:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig');
    },
    path: 'Recorder',
    expect: 'configured',
  },
  {
    name: 'the role ARN is imported',
    build: (stack) => new config.CfnConfigurationRecorder(stack, 'Recorder', { roleArn: Fn.importValue('ConfigRoleArn') }),
    path: 'Recorder',
    expect: 'unknown',
  },
]);
