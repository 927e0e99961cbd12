import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { endpointsFor } from './helpers';

export default defineDuty({
  id: 'ec2-vpc-ssm-endpoint',
  title: 'VPC has an interface endpoint for AWS Systems Manager',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::EC2::VPC'],
  awsSide:
    'AWS serves the Systems Manager API on public endpoints; instances without a route to the internet reach it (and so can be managed and patched) only through interface VPC endpoints: com.amazonaws.<region>.ssm, plus ssmmessages and ec2messages for Session Manager and Run Command.',
  customerSide:
    "Giving the SSM Agent on private instances a network path to Systems Manager is the customer's, and part of keeping the guest OS managed and patched.",
  severity: 'info',
  remediation: {
    l2: "vpc.addInterfaceEndpoint('Ssm', { service: ec2.InterfaceVpcEndpointAwsService.SSM }) (and SSM_MESSAGES, EC2_MESSAGES)",
    l1: 'an AWS::EC2::VPCEndpoint with VpcId: { Ref: <vpc> }, ServiceName: com.amazonaws.<region>.ssm and VpcEndpointType: Interface',
  },
  controls: { fsbp: ['EC2.57'], nist: ['AC-21', 'AC-3', 'AC-4', 'AC-4(21)', 'SC-7', 'SC-7(4)', 'SC-7(11)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-57',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpcendpoint.html',
  ],
  messages: {
    none: 'No AWS::EC2::VPCEndpoint in the app gives the VPC an endpoint for com.amazonaws.<region>.ssm, so instances without internet access cannot reach Systems Manager.',
  },
  evaluate(ctx) {
    const found = endpointsFor(ctx, 'ssm');
    if (found.length > 0) return configured(`VPC endpoint ${found[0].logicalId} serves Systems Manager`);
    return unconfigured('none');
  },
});
