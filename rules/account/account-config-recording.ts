import { defineDuty } from '../../lib/model/duty';
import { configured, needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'account-config-recording',
  title: "AWS Config records the account's resources",
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Account'],
  awsSide: 'AWS Config records configuration changes once a configuration recorder is created and started; it is off by default.',
  customerSide:
    "Keeping a history of resource configuration for audit and for Security Hub's checks is the customer's: run a configuration recorder in every account and Region.",
  attestable: true,
  severity: 'info',
  remediation: {
    l2: 'new config.CfnConfigurationRecorder(this, id, { roleArn, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }) with a delivery channel',
    l1: 'AWS::Config::ConfigurationRecorder and AWS::Config::DeliveryChannel, or attest that the organization records centrally',
  },
  controls: { fsbp: ['Config.1'], nist: ['CM-3', 'CM-6(1)', 'CM-8', 'CM-8(2)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-config-configurationrecorder.html',
  ],
  messages: {},
  evaluate(ctx) {
    const recorders = ctx.index.ofType('AWS::Config::ConfigurationRecorder');
    if (recorders.length > 0) return configured(`configuration recorder ${recorders[0].logicalId} is defined in this app`);
    return needsAttestation(
      'No AWS Config configuration recorder is defined in this app; attest that Config records resources in the account and Region.',
    );
  },
});
