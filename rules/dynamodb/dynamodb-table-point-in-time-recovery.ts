import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { failing, tableSettings } from './helpers';

export default defineDuty({
  id: 'dynamodb-table-point-in-time-recovery',
  title: 'DynamoDB table has point-in-time recovery enabled',
  category: 'resilience',
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  awsSide:
    'DynamoDB takes continuous backups and restores a table to any second of the recovery period only when point-in-time recovery is enabled; it is off unless the customer turns it on.',
  customerSide:
    "Recovering from accidental or malicious writes and deletes is the customer's duty, and for DynamoDB that means enabling point-in-time recovery on every table (and every replica of a global table).",
  severity: 'warning',
  remediation: {
    l2: 'new dynamodb.TableV2(this, id, { pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } }) (same prop on dynamodb.Table)',
    l1: 'PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } (AWS::DynamoDB::GlobalTable: on each entry of Replicas)',
  },
  controls: { fsbp: ['DynamoDB.2'], nist: ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-pointintimerecoveryspecification.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-replicaspecification.html',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html',
  ],
  messages: {
    off: 'Point-in-time recovery is not enabled on {where}: PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled is absent or false.',
  },
  evaluate(ctx) {
    const where = failing(tableSettings(ctx), (h) => h.at('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled').bool() === true);
    if (where) return unconfigured('off', { where });
    return configured('PointInTimeRecoveryEnabled is true');
  },
});
