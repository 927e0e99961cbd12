import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import athenaWorkgroupEnforceConfiguration from './athena-workgroup-enforce-configuration';
import athenaWorkgroupResultsEncrypted from './athena-workgroup-results-encrypted';

/** Athena duties, sorted by id. */
export const duties: readonly Duty[] = [athenaWorkgroupEnforceConfiguration, athenaWorkgroupResultsEncrypted];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Athena::WorkGroup',
    service: 'Amazon Athena',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs the serverless query engine and its infrastructure; the data queried, where and how query results are stored and encrypted, and who may use the workgroup are the customer's.",
    source: 'https://docs.aws.amazon.com/athena/latest/ug/security.html',
  },
];
