import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { endpointsFor } from './helpers';

export default defineDuty({
  id: 'ec2-vpc-ec2-endpoint',
  title: 'VPC has an interface endpoint for the Amazon EC2 API',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::VPC'],
  awsSide:
    'AWS serves the EC2 API on public endpoints; an interface VPC endpoint (com.amazonaws.<region>.ec2) keeps calls from the VPC on the AWS network and lets an endpoint policy limit them.',
  customerSide:
    "Choosing how workloads reach AWS APIs is the customer's: add an EC2 interface endpoint to VPCs whose workloads call the EC2 API. Advice: VPCs that never call it do not need one.",
  severity: 'info',
  remediation: {
    l2: 'vpc.addInterfaceEndpoint(id, { service: ec2.InterfaceVpcEndpointAwsService.EC2 })',
    l1: 'an AWS::EC2::VPCEndpoint with VpcId: { Ref: <vpc> }, ServiceName: com.amazonaws.<region>.ec2 and VpcEndpointType: Interface',
  },
  controls: { fsbp: ['EC2.10'], nist: ['AC-21', 'AC-3', 'AC-4', 'AC-4(21)', 'SC-7', 'SC-7(4)', 'SC-7(11)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-10',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpcendpoint.html',
  ],
  messages: {
    none: 'No AWS::EC2::VPCEndpoint in the app gives the VPC an endpoint for com.amazonaws.<region>.ec2.',
  },
  evaluate(ctx) {
    const found = endpointsFor(ctx, 'ec2');
    if (found.length > 0) return configured(`VPC endpoint ${found[0].logicalId} serves the EC2 API`);
    return unconfigured('none');
  },
});
