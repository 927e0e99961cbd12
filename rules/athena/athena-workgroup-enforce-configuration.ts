import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_WORKGROUP_CONFIG, OVERRIDE_DOC } from './helpers';

export default defineDuty({
  id: 'athena-workgroup-enforce-configuration',
  title: 'Athena workgroup enforces its settings over client-side settings',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::Athena::WorkGroup'],
  awsSide:
    'Athena applies the workgroup\'s result location, encryption and bucket-owner settings to every query only when EnforceWorkGroupConfiguration is true; otherwise each client\'s own settings win. The console leaves "Override client-side settings" unselected by default, and the API documents no default.',
  customerSide:
    "Making the workgroup's encryption and result location binding for every user and tool is the customer's: EnforceWorkGroupConfiguration must be set to true.",
  severity: 'warning',
  remediation: { l1: 'WorkGroupConfiguration: { EnforceWorkGroupConfiguration: true }' },
  controls: { fsbp: [], nist: ['CM-2', 'CM-6', 'SC-28'] },
  sources: [`${CFN_WORKGROUP_CONFIG}#cfn-athena-workgroup-workgroupconfiguration-enforceworkgroupconfiguration`, OVERRIDE_DOC],
  messages: {
    off: 'WorkGroupConfiguration.EnforceWorkGroupConfiguration is {value}, so clients may choose their own result location and encryption.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('WorkGroupConfiguration.EnforceWorkGroupConfiguration').bool();
    if (value === true) return configured('EnforceWorkGroupConfiguration is true');
    return unconfigured('off', { value: value === false ? 'false' : 'not set (no documented default; the console leaves it off)' });
  },
});
