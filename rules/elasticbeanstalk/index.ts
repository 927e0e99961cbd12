import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import elasticbeanstalkEnvironmentCloudwatchLogs from './elasticbeanstalk-environment-cloudwatch-logs';
import elasticbeanstalkEnvironmentEnhancedHealth from './elasticbeanstalk-environment-enhanced-health';
import elasticbeanstalkEnvironmentImdsv1Disabled from './elasticbeanstalk-environment-imdsv1-disabled';
import elasticbeanstalkEnvironmentInstanceProfileSsm from './elasticbeanstalk-environment-instance-profile-ssm';
import elasticbeanstalkEnvironmentManagedUpdates from './elasticbeanstalk-environment-managed-updates';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  elasticbeanstalkEnvironmentCloudwatchLogs,
  elasticbeanstalkEnvironmentEnhancedHealth,
  elasticbeanstalkEnvironmentImdsv1Disabled,
  elasticbeanstalkEnvironmentInstanceProfileSsm,
  elasticbeanstalkEnvironmentManagedUpdates,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::ElasticBeanstalk::Environment',
    service: 'AWS Elastic Beanstalk',
    serviceModel: 'container',
    awsSide:
      "AWS provisions and operates the environment's load balancer, Auto Scaling group and instances from platform versions it builds and patches; the customer owns the application, its configuration options, platform updates and access to the instances.",
    source: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/security.html',
  },
];
