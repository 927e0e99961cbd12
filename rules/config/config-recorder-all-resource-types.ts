import { defineDuty } from '../../lib/model/duty';
import { stringList } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'config-recorder-all-resource-types',
  title: 'AWS Config recorder records all supported resource types',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Config::ConfigurationRecorder'],
  awsSide:
    'AWS Config records configuration changes only for the resource types its recorder is set to record; a recorder without a RecordingGroup records all supported resource types, and Config adds new types automatically when AllSupported is true.',
  customerSide:
    "Choosing what is recorded is the customer's: a recorder limited to listed resource types leaves every other resource without configuration history and without the Security Hub checks that depend on it.",
  severity: 'warning',
  remediation: {
    l1: 'RecordingGroup: { AllSupported: true, RecordingStrategy: { UseOnly: "ALL_SUPPORTED_RESOURCE_TYPES" } } (or omit RecordingGroup); IncludeGlobalResourceTypes: true in the Region that records IAM',
  },
  controls: { fsbp: ['Config.1'], nist: ['CM-3', 'CM-6(1)', 'CM-8', 'CM-8(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
    'https://docs.aws.amazon.com/config/latest/APIReference/API_PutConfigurationRecorder.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-config-configurationrecorder-recordinggroup.html',
  ],
  messages: {
    inclusion: 'The recorder records only the listed resource types ({types}), not all supported resource types.',
    notAll:
      'RecordingGroup sets neither AllSupported: true nor an ALL_SUPPORTED_RESOURCE_TYPES or EXCLUSION_BY_RESOURCE_TYPES strategy, so the recorder does not record all supported resource types.',
  },
  evaluate(ctx) {
    const group = ctx.props.at('RecordingGroup');
    if (!group.isSet()) return configured('no RecordingGroup: AWS Config records all supported resource types');
    const strategy = group.at('RecordingStrategy.UseOnly').str();
    const all = group.at('AllSupported').bool();
    if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') {
      const excluded = stringList(group.at('ExclusionByResourceTypes.ResourceTypes')) ?? [];
      return configured(
        `all supported resource types except ${excluded.join(', ') || 'none'}; make sure no enabled control evaluates an excluded type`,
      );
    }
    if (all === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES') return configured('AllSupported is true');
    const types = stringList(group.at('ResourceTypes')) ?? [];
    if (types.length > 0)
      return unconfigured('inclusion', {
        types: types.length > 5 ? `${types.slice(0, 5).join(', ')} and ${types.length - 5} more` : types.join(', '),
      });
    return unconfigured('notAll');
  },
});
