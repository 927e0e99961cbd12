import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import dlmPolicyCrossRegionCopyEncrypted from './dlm-policy-cross-region-copy-encrypted';

/** Amazon Data Lifecycle Manager duties, sorted by id. */
export const duties: readonly Duty[] = [dlmPolicyCrossRegionCopyEncrypted];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::DLM::LifecyclePolicy',
    service: 'Amazon Data Lifecycle Manager',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs the schedules and creates, copies and deletes snapshots and AMIs as the policy says; which resources it targets, how long copies are kept, where they go and how they are encrypted are the customer's.",
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/snapshot-lifecycle.html',
  },
];
