import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sagemaker-endpoint-config-multiple-instances',
  title: 'SageMaker endpoint production variants start with more than one instance',
  category: 'resilience',
  resourceTypes: ['AWS::SageMaker::EndpointConfig'],
  awsSide:
    "AWS spreads an endpoint's instances across Availability Zones and replaces failed ones, but a variant with one instance has nothing to fail over to while it is replaced.",
  customerSide:
    "Sizing the endpoint for availability is the customer's: an InitialInstanceCount above 1 per instance-based production variant keeps inference available through an instance or AZ failure.",
  severity: 'warning',
  remediation: {
    l1: 'ProductionVariants[].InitialInstanceCount: 2 (or more) for instance-based variants',
  },
  controls: { fsbp: ['SageMaker.4'], nist: ['CP-10', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-4',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-sagemaker-endpointconfig-productionvariant.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/best-practice-endpoint-security.html',
  ],
  messages: {
    single: 'Production variant(s) {variants} start with a single instance.',
  },
  evaluate(ctx) {
    const single: string[] = [];
    let instanceBased = 0;
    for (const variant of ctx.props.at('ProductionVariants').list() ?? []) {
      if (variant.at('ServerlessConfig').isSet()) continue;
      const count = variant.at('InitialInstanceCount').num();
      if (count === undefined) continue;
      instanceBased++;
      if (count <= 1) single.push(`'${variant.at('VariantName').str() ?? '?'}' (${count})`);
    }
    if (single.length > 0) return unconfigured('single', { variants: single.join(', ') });
    if (instanceBased === 0) return notApplicable('no production variant sets an instance count (serverless or unsized variants)');
    return configured('every instance-based variant starts with more than one instance');
  },
});
