import { defineDuty } from '../../lib/model/duty';
import { needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ssm-instance-patch-compliance',
  title: 'Instances are compliant with their patch baseline at run time',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::EC2::Instance', 'AWS::AutoScaling::AutoScalingGroup'],
  awsSide:
    "AWS patches the hypervisor and the hardware under EC2; Patch Manager reports each managed node's compliance against its patch baseline, but installs nothing it is not told to.",
  customerSide:
    "The guest operating system is the customer's: that the patching configured in the app (checked by the ec2 and autoscaling patching duties) actually leaves every instance COMPLIANT is run-time state that only Patch Manager's compliance data shows.",
  attestable: true,
  severity: 'info',
  remediation: {
    l1: "run-time evidence: Patch Manager compliance COMPLIANT for these instances (Security Hub control SSM.2, or `aws ssm list-compliance-items --resource-types ManagedInstance --filters Key=ComplianceType,Values=Patch`); attest it with the checks' `attestations` option",
  },
  controls: { fsbp: ['SSM.2'], nist: ['CM-8(3)', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-2',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-compliance-states.html',
  ],
  messages: {},
  evaluate() {
    return needsAttestation('Patch compliance is run-time state; attest it from Patch Manager compliance or Security Hub SSM.2.');
  },
});
