import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import configRecorderAllResourceTypes from './config-recorder-all-resource-types';
import configRecorderServiceLinkedRole from './config-recorder-service-linked-role';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [configRecorderAllResourceTypes, configRecorderServiceLinkedRole];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Config::ConfigurationRecorder',
    service: 'AWS Config',
    serviceModel: 'abstracted',
    awsSide:
      "AWS Config discovers resources and records their configuration changes with the recorder's role; what is recorded, with which role, and whether Config is on in every account and Region are the customer's choices.",
    source: 'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
  },
];
