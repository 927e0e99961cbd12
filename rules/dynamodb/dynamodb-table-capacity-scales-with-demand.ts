import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { failing, tableSettings } from './helpers';

const SCALABLE_TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';
const SCALING_POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';

export default defineDuty({
  id: 'dynamodb-table-capacity-scales-with-demand',
  title: 'DynamoDB table uses on-demand capacity or auto scaling for read and write capacity',
  category: 'resilience',
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  awsSide:
    "DynamoDB serves on-demand tables up to the account's throughput quotas and throttles provisioned tables at the capacity the customer set; it adjusts provisioned capacity only through auto scaling the customer configures.",
  customerSide:
    "Keeping the table available under changing load is the customer's capacity decision: a provisioned table with fixed read or write capacity throttles requests once demand exceeds it.",
  severity: 'warning',
  remediation: {
    l2: 'new dynamodb.TableV2(this, id, { billing: dynamodb.Billing.onDemand() }) (the default), or on dynamodb.Table: billingMode: PAY_PER_REQUEST, or table.autoScaleReadCapacity({...}).scaleOnUtilization({...}) and table.autoScaleWriteCapacity({...}).scaleOnUtilization({...})',
    l1: "BillingMode: PAY_PER_REQUEST; or AWS::ApplicationAutoScaling::ScalableTarget (dynamodb:table:ReadCapacityUnits and dynamodb:table:WriteCapacityUnits) with a ScalingPolicy; AWS::DynamoDB::GlobalTable: WriteProvisionedThroughputSettings.WriteCapacityAutoScalingSettings and each replica's ReadProvisionedThroughputSettings.ReadCapacityAutoScalingSettings",
  },
  controls: { fsbp: ['DynamoDB.1'], nist: ['CP-10', 'CP-2(2)', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-table.html#cfn-dynamodb-table-billingmode',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dynamodb-globaltable.html#cfn-dynamodb-globaltable-billingmode',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalabletarget.html',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
  ],
  messages: {
    notScaled: 'The table uses provisioned capacity ({billingMode}) and no auto scaling target with a scaling policy covers {dimensions}.',
    globalReadFixed:
      'The global table uses provisioned capacity ({billingMode}) with fixed read capacity (no ReadProvisionedThroughputSettings.ReadCapacityAutoScalingSettings) on {where}.',
    globalWriteFixed:
      'The global table uses provisioned capacity ({billingMode}) and sets no WriteProvisionedThroughputSettings.WriteCapacityAutoScalingSettings.',
  },
  evaluate(ctx) {
    const mode = ctx.props.at('BillingMode').str();
    if (mode === 'PAY_PER_REQUEST') return configured('BillingMode is PAY_PER_REQUEST (on-demand)');
    // CloudFormation's default for both table types is PROVISIONED.
    const billingMode = mode === undefined ? 'BillingMode absent, so PROVISIONED' : `BillingMode ${mode}`;
    if (ctx.resource.type === 'AWS::DynamoDB::GlobalTable') {
      if (!ctx.props.at('WriteProvisionedThroughputSettings.WriteCapacityAutoScalingSettings').isSet())
        return unconfigured('globalWriteFixed', { billingMode });
      const where = failing(tableSettings(ctx), (r) => r.at('ReadProvisionedThroughputSettings.ReadCapacityAutoScalingSettings').isSet());
      if (where) return unconfigured('globalReadFixed', { billingMode, where });
      return configured("write and every replica's read capacity use auto scaling settings");
    }
    const missing = ['dynamodb:table:ReadCapacityUnits', 'dynamodb:table:WriteCapacityUnits'].filter((d) => !scaled(ctx, d));
    if (missing.length > 0) return unconfigured('notScaled', { billingMode, dimensions: missing.join(' and ') });
    return configured('read and write capacity have Application Auto Scaling targets with scaling policies');
  },
});

/**
 * Whether an Application Auto Scaling target for this table and dimension exists and something
 * scales it: a scaling policy attached to the target (ScalingTargetId) or to the table and
 * dimension directly, or scheduled actions on the target.
 */
function scaled(ctx: EvaluationContext, dimension: string): boolean {
  const ofDimension = (props: ReturnType<EvaluationContext['propsOf']>) => props.at('ScalableDimension').str() === dimension;
  for (const target of ctx.referrers(SCALABLE_TARGET)) {
    const props = ctx.propsOf(target);
    if (!ofDimension(props)) continue;
    if ((props.at('ScheduledActions').list() ?? []).length > 0) return true;
    if (ctx.index.referrers(target, SCALING_POLICY).length > 0) return true;
    if (ctx.referrers(SCALING_POLICY).some((p) => ofDimension(ctx.propsOf(p)))) return true;
  }
  return false;
}
