import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sagemaker-model-network-isolation',
  title: 'SageMaker model containers run with network isolation',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::SageMaker::Model'],
  awsSide:
    'AWS runs the model containers on managed hosts; EnableNetworkIsolation defaults to false, so containers can make outbound network calls.',
  customerSide:
    "The model images and what they may reach are the customer's: with network isolation a compromised or malicious model container cannot exfiltrate data or download code.",
  severity: 'warning',
  remediation: {
    l1: 'EnableNetworkIsolation: true',
  },
  controls: { fsbp: ['SageMaker.5'], nist: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(3)', 'SC-7(4)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-5',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-model.html#cfn-sagemaker-model-enablenetworkisolation',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
  ],
  messages: {
    off: 'EnableNetworkIsolation is {value}, so the model containers can make network calls.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('EnableNetworkIsolation').bool();
    if (value === true) return configured('EnableNetworkIsolation is true');
    return unconfigured('off', { value: value === false ? 'false' : 'not set (default false)' });
  },
});
