import type { EvaluationContext } from '../../lib/model/context';
import type { Value } from '../../lib/model/value';

/** One place a table-level setting lives: the table itself (AWS::DynamoDB::Table) or one replica of a global table. */
export interface TableSetting {
  /** For messages: "the table" or "the replica in us-east-1". */
  readonly where: string;
  /** The object that holds the setting: the table's Properties, or the replica's ReplicaSpecification. */
  readonly holder: Value;
}

/**
 * Where per-table settings live. `AWS::DynamoDB::Table` holds them in its Properties;
 * `AWS::DynamoDB::GlobalTable` (rendered by the TableV2 L2) holds them per replica in `Replicas`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-replicaspecification.html
 */
export function tableSettings(ctx: EvaluationContext): TableSetting[] {
  if (ctx.resource.type !== 'AWS::DynamoDB::GlobalTable') return [{ where: 'the table', holder: ctx.props }];
  return (ctx.props.at('Replicas').list() ?? []).map((replica, i) => ({
    where: `the replica ${replicaLabel(replica, i)}`,
    holder: replica,
  }));
}

/** A replica's Region for messages; a Region given as a token (e.g. AWS::Region) is named by position. */
function replicaLabel(replica: Value, index: number): string {
  const region = replica.at('Region');
  return region.isToken ? `#${index + 1} (Region resolved at deploy time)` : `in ${region.str() ?? `#${index + 1}`}`;
}

/** The places of `settings` where `predicate` does not hold, joined for a message; empty when it holds everywhere. */
export function failing(settings: readonly TableSetting[], predicate: (holder: Value) => boolean): string {
  return settings
    .filter((s) => !predicate(s.holder))
    .map((s) => s.where)
    .join(', ');
}
