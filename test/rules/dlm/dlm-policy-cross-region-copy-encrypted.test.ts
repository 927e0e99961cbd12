import * as dlm from 'aws-cdk-lib/aws-dlm';
import type { Stack } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';

const ID = 'dlm-policy-cross-region-copy-encrypted';
const ROLE = 'arn:aws:iam::111122223333:role/AWSDataLifecycleManagerDefaultRole';

function copyRule(encrypted: boolean | string, extra: Partial<dlm.CfnLifecyclePolicy.CrossRegionCopyRuleProperty> = {}) {
  return { targetRegion: 'eu-central-1', encrypted: encrypted as boolean, retainRule: { interval: 7, intervalUnit: 'DAYS' }, ...extra };
}

/** A snapshot policy at `Policy` whose one schedule makes the given cross-Region copies. */
function snapshotPolicy(stack: Stack, copies?: dlm.CfnLifecyclePolicy.CrossRegionCopyRuleProperty[]): dlm.CfnLifecyclePolicy {
  return new dlm.CfnLifecyclePolicy(stack, 'Policy', {
    description: 'daily snapshots',
    state: 'ENABLED',
    executionRoleArn: ROLE,
    policyDetails: {
      policyType: 'EBS_SNAPSHOT_MANAGEMENT',
      resourceTypes: ['VOLUME'],
      targetTags: [{ key: 'Backup', value: 'daily' }],
      schedules: [
        {
          name: 'daily',
          createRule: { interval: 24, intervalUnit: 'HOURS', times: ['03:00'] },
          retainRule: { count: 7 },
          crossRegionCopyRules: copies,
        },
      ],
    },
  });
}

dutyCases(ID, [
  {
    name: 'every cross-Region copy rule sets Encrypted with a key',
    build: (s) =>
      snapshotPolicy(s, [copyRule(true, { cmkArn: 'arn:aws:kms:eu-central-1:111122223333:key/00000000-0000-0000-0000-000000000000' })]),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'fails when a copy rule sets Encrypted: false (copies of unencrypted snapshots stay unencrypted)',
    build: (s) => snapshotPolicy(s, [copyRule(true, { targetRegion: 'us-east-1' }), copyRule(false)]),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'fails when an event-based policy copies shared snapshots without encryption',
    build: (s) =>
      new dlm.CfnLifecyclePolicy(s, 'Policy', {
        description: 'copy shared snapshots',
        state: 'ENABLED',
        executionRoleArn: ROLE,
        policyDetails: {
          policyType: 'EVENT_BASED_POLICY',
          eventSource: {
            type: 'MANAGED_CWE',
            parameters: { eventType: 'shareSnapshot', snapshotOwner: ['444455556666'] },
          },
          actions: [
            {
              name: 'copy',
              crossRegionCopy: [{ target: 'eu-central-1', encryptionConfiguration: { encrypted: false } }],
            },
          ],
        },
      }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns encryption on for the copy rule',
    build: (s) =>
      snapshotPolicy(s, [copyRule(false)]).addPropertyOverride('PolicyDetails.Schedules.0.CrossRegionCopyRules.0.Encrypted', true),
    path: 'Policy',
    expect: 'configured',
  },
  { name: 'a policy that makes no cross-Region copies', build: (s) => snapshotPolicy(s), path: 'Policy', expect: 'not-applicable' },
  {
    name: 'a default policy names only target Regions',
    build: (s) =>
      new dlm.CfnLifecyclePolicy(s, 'Policy', {
        defaultPolicy: 'VOLUME',
        state: 'ENABLED',
        executionRoleArn: ROLE,
        crossRegionCopyTargets: [{ targetRegion: 'eu-central-1' }],
      }),
    path: 'Policy',
    expect: 'not-applicable',
  },
  {
    name: 'Encrypted comes from a parameter',
    build: (s) => snapshotPolicy(s, [copyRule(parameter(s, 'Encrypt'))]),
    path: 'Policy',
    expect: 'unknown',
  },
]);
