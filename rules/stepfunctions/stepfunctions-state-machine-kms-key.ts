import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'stepfunctions-state-machine-kms-key',
  title: 'Step Functions state machine encrypts its data with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::StepFunctions::StateMachine'],
  awsSide:
    'Step Functions always encrypts state machine definitions and execution data at rest, by default with an AWS owned key (EncryptionConfiguration Type AWS_OWNED_KEY).',
  customerSide:
    "For workflows that handle sensitive inputs and outputs, choosing a customer managed key is the customer's: its key policy then decides who can read execution data, and every use is logged.",
  severity: 'info',
  remediation: {
    l2: 'new sfn.StateMachine(this, id, { encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(key) })',
    l1: 'EncryptionConfiguration: { Type: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: <key ARN> }',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-encryptionconfiguration.html',
    'https://docs.aws.amazon.com/step-functions/latest/dg/encryption-at-rest.html',
  ],
  messages: {
    awsOwned:
      'EncryptionConfiguration Type is {type}, so execution data is encrypted with an AWS owned key the customer cannot control or audit.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('EncryptionConfiguration.Type').str();
    if (type === 'CUSTOMER_MANAGED_KMS_KEY') return configured('EncryptionConfiguration Type is CUSTOMER_MANAGED_KMS_KEY');
    return unconfigured('awsOwned', { type: type ?? 'not set (AWS_OWNED_KEY)' });
  },
});
