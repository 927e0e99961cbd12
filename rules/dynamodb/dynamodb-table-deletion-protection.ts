import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { failing, tableSettings } from './helpers';

export default defineDuty({
  id: 'dynamodb-table-deletion-protection',
  title: 'DynamoDB table has deletion protection enabled',
  category: 'resilience',
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  awsSide: 'DynamoDB refuses to delete a table whose deletion protection is enabled; the setting is disabled by default.',
  customerSide:
    "Guarding production data against an accidental DeleteTable, by a person, a script or a stack operation, is the customer's duty; only deletion protection makes DynamoDB refuse it.",
  severity: 'warning',
  remediation: {
    l2: 'new dynamodb.TableV2(this, id, { deletionProtection: true }) (same prop on dynamodb.Table)',
    l1: 'DeletionProtectionEnabled: true (AWS::DynamoDB::GlobalTable: on each entry of Replicas)',
  },
  controls: { fsbp: ['DynamoDB.6'], nist: ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-6',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html#cfn-dynamodb-table-deletionprotectionenabled',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-replicaspecification.html#cfn-dynamodb-globaltable-replicaspecification-deletionprotectionenabled',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
  ],
  messages: {
    off: 'Deletion protection is not enabled on {where}: DeletionProtectionEnabled is absent or false (disabled by default).',
  },
  evaluate(ctx) {
    const where = failing(tableSettings(ctx), (h) => h.at('DeletionProtectionEnabled').bool() === true);
    if (where) return unconfigured('off', { where });
    return configured('DeletionProtectionEnabled is true');
  },
});
