import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { dutyCases } from '../../harness';

const ID = 'ssm-instance-patch-compliance';

function instance(stack: import('aws-cdk-lib').Stack): void {
  const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, maxAzs: 1 });
  new ec2.Instance(stack, 'Web', {
    vpc,
    instanceType: new ec2.InstanceType('t3.micro'),
    machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  });
}

dutyCases(
  ID,
  [
    { name: "nobody has attested the instance's patch compliance", build: instance, path: 'Web', expect: 'needs-attestation' },
    {
      name: "compliance is attested for the instance's path",
      build: instance,
      props: { attestations: [{ dutyId: ID, scope: 'Test/Web', evidence: 'Patch Manager: COMPLIANT (report 2026-11-24)' }] },
      path: 'Web',
      expect: 'attested',
    },
    {
      name: 'the attestation covers another construct',
      build: instance,
      props: { attestations: [{ dutyId: ID, scope: 'Test/Other', evidence: 'n/a' }] },
      path: 'Web',
      expect: 'needs-attestation',
    },
  ],
  { noUnknownBecause: 'patch compliance is run-time state; the duty reads nothing from the template' },
);
