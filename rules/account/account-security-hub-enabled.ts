import { defineDuty } from '../../lib/model/duty';
import { configured, needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'account-security-hub-enabled',
  title: 'Security Hub is enabled with the FSBP standard',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Account'],
  awsSide: "AWS runs Security Hub's control checks once the customer enables it and its standards; it is off by default.",
  customerSide:
    "Continuous monitoring of the account's configuration is the customer's: enable Security Hub with the AWS Foundational Security Best Practices standard, which evaluates at run time the controls these checks approximate at synth.",
  attestable: true,
  severity: 'info',
  remediation: {
    l2: 'new securityhub.CfnHub(this, id, { enableDefaultStandards: true })',
    l1: 'AWS::SecurityHub::Hub (or AWS::SecurityHub::HubV2), or attest that the organization enables it centrally',
  },
  controls: { fsbp: [], nist: ['CA-7', 'RA-5', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/fsbp-standard.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-securityhub-hub.html',
  ],
  messages: {},
  evaluate(ctx) {
    const hubs = [...ctx.index.ofType('AWS::SecurityHub::Hub'), ...ctx.index.ofType('AWS::SecurityHub::HubV2')];
    if (hubs.length > 0) return configured(`hub ${hubs[0].logicalId} is defined in this app`);
    return needsAttestation(
      'No Security Hub hub is defined in this app; attest that Security Hub runs the FSBP standard for the account and Region.',
    );
  },
});
