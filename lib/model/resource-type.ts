import type { ServiceModel } from './duty';

/** Why a resource type carries no customer duty of its own, and where the duties it touches are judged. */
export interface NoDutyOfItsOwn {
  /** Why nothing on the resource itself is the customer's to configure, e.g. "structural: it holds no setting". */
  readonly reason: string;
  /** Where its duties are judged instead: the resources and duty ids, e.g. "the role it hands to EC2 (iam-* duties)". */
  readonly dutiesAt: string;
}

/** What a CloudFormation resource type is, and what AWS runs on the customer's behalf for it. */
export interface ResourceTypeInfo {
  readonly type: string;
  readonly service: string;
  readonly serviceModel: ServiceModel;
  /** What AWS carries for this resource type, in the words of the service's security documentation. */
  readonly awsSide: string;
  readonly source: string;
  /**
   * Set when the type has no duty of its own: resources of the type are listed in the results with no
   * duty and this explanation, instead of as uncovered.
   * @default - the type is covered by the duties that name it
   */
  readonly noDutyOfItsOwn?: NoDutyOfItsOwn;
}
