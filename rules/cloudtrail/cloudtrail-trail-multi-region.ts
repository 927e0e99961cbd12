import { defineDuty } from '../../lib/model/duty';
import { stringList } from '../../lib/model/policy';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';

/** Which management events the trail's selectors capture: all, some (read-only or write-only), or none. */
function managementEvents(props: Value): { kind: 'all' | 'partial' | 'none'; detail: string } {
  const advanced = props.at('AdvancedEventSelectors').list();
  if (advanced && advanced.length > 0) {
    let partial = false;
    for (const selector of advanced) {
      const fields = selector.at('FieldSelectors').list() ?? [];
      const category = fields.find((f) => f.at('Field').str() === 'eventCategory');
      if (!category || !(stringList(category.at('Equals')) ?? []).includes('Management')) continue;
      if (fields.some((f) => f.at('Field').str() === 'readOnly')) partial = true;
      else return { kind: 'all', detail: 'an advanced event selector captures all management events' };
    }
    return partial
      ? { kind: 'partial', detail: 'the advanced event selectors capture only read-only or only write management events' }
      : { kind: 'none', detail: 'no advanced event selector captures management events' };
  }
  const selectors = props.at('EventSelectors').list();
  // Without event selectors a trail logs all read and write management events.
  if (!selectors || selectors.length === 0) return { kind: 'all', detail: 'no event selectors: all management events are logged' };
  let partial = false;
  for (const selector of selectors) {
    if (selector.at('IncludeManagementEvents').bool() === false) continue; // default true
    const rw = selector.at('ReadWriteType').str() ?? 'All'; // default All
    if (rw === 'All') return { kind: 'all', detail: 'an event selector includes all (read and write) management events' };
    partial = true;
  }
  return partial
    ? { kind: 'partial', detail: 'the event selectors include only ReadOnly or only WriteOnly management events' }
    : { kind: 'none', detail: 'every event selector sets IncludeManagementEvents: false' };
}

export default defineDuty({
  id: 'cloudtrail-trail-multi-region',
  title: 'CloudTrail trail is multi-Region and captures read and write management events',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  awsSide:
    'CloudTrail records management events in every Region only for a multi-Region trail (IsMultiRegionTrail defaults to false) and records global service events when IncludeGlobalServiceEvents is on; whether some trail of the account does this is checked account-wide by Security Hub.',
  customerSide:
    "Having at least one trail that sees every Region and all read and write management events is the customer's: activity in a Region or of a kind no trail covers is not audited.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudtrail.Trail(this, id) (the L2 defaults to isMultiRegionTrail: true, includeGlobalServiceEvents: true; keep managementEvents ALL or unset)',
    l1: 'IsMultiRegionTrail: true, IncludeGlobalServiceEvents: true, and no EventSelectors (or one with IncludeManagementEvents: true, ReadWriteType: All)',
  },
  controls: {
    fsbp: ['CloudTrail.1'],
    nist: [
      'AC-2(4)',
      'AC-4(26)',
      'AC-6(9)',
      'AU-10',
      'AU-12',
      'AU-2',
      'AU-3',
      'AU-6(3)',
      'AU-6(4)',
      'AU-14(1)',
      'CA-7',
      'SC-7(9)',
      'SI-3(8)',
      'SI-4(20)',
      'SI-7(8)',
      'SA-8(22)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-ismultiregiontrail',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudtrail-trail-eventselector.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail-by-using-the-aws-cli-create-trail.html',
  ],
  messages: {
    singleRegion: 'IsMultiRegionTrail is {value}, so the trail records events only in the Region where it is deployed.',
    noGlobal: 'IncludeGlobalServiceEvents is false, so the trail omits events of global services such as IAM and AWS STS.',
    management: 'The trail does not capture all read and write management events: {detail}.',
  },
  evaluate(ctx) {
    const multi = ctx.props.at('IsMultiRegionTrail').bool();
    if (multi !== true) return unconfigured('singleRegion', { value: multi === false ? 'false' : 'not set (false)' });
    if (ctx.props.at('IncludeGlobalServiceEvents').bool() === false) return unconfigured('noGlobal');
    const mgmt = managementEvents(ctx.props);
    if (mgmt.kind !== 'all') return unconfigured('management', { detail: mgmt.detail });
    return configured(`multi-Region trail with global service events; ${mgmt.detail}`);
  },
});
