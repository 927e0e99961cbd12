import type { ResourceRecord } from './resource';

/**
 * The pseudo resource type of account-level duties (GuardDuty, a multi-Region trail, EBS
 * encryption by default, ...). They are evaluated once per run, with the whole app's resources as
 * evidence, and usually end as "needs attestation": CloudFormation cannot express most of them.
 * The name follows AWS Config's `AWS::::Account` resource type, without its empty service part.
 */
export const ACCOUNT_TYPE = 'AWS::Account';

export function accountRecord(scopePath: string): ResourceRecord {
  return {
    stackPath: '',
    logicalId: 'Account',
    type: ACCOUNT_TYPE,
    properties: {},
    entry: {},
    ownerPath: scopePath,
    cfnPath: scopePath,
  };
}
