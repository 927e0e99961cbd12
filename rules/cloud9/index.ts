import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import cloud9EnvironmentAutomaticStop from './cloud9-environment-automatic-stop';
import cloud9EnvironmentSsmConnection from './cloud9-environment-ssm-connection';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [cloud9EnvironmentAutomaticStop, cloud9EnvironmentSsmConnection];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Cloud9::EnvironmentEC2',
    service: 'AWS Cloud9',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS runs the Cloud9 IDE service and launches the environment's EC2 instance from the chosen AMI; the instance's operating system, patches, network exposure and credentials are the customer's.",
    source: 'https://docs.aws.amazon.com/cloud9/latest/user-guide/security.html',
  },
];
