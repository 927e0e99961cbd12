import type { ServiceModel } from './duty';

/** What a CloudFormation resource type is, and what AWS runs on the customer's behalf for it. */
export interface ResourceTypeInfo {
  readonly type: string;
  readonly service: string;
  readonly serviceModel: ServiceModel;
  /** What AWS carries for this resource type, in the words of the service's security documentation. */
  readonly awsSide: string;
  readonly source: string;
}
