import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-function-in-vpc',
  title: 'Lambda function is connected to a VPC',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    "AWS runs every function in an isolated execution environment inside a Lambda-owned VPC with outbound internet access; a function reaches private resources, and its traffic passes through the customer's security groups, route tables and network firewalls, only when it is attached to a customer VPC.",
  customerSide:
    "Deciding whether a function needs network isolation is the customer's: attaching it to private subnets with security groups lets the customer control and inspect the function's network traffic. Functions that reach only public AWS APIs may deliberately stay outside a VPC.",
  severity: 'info',
  remediation: {
    l2: 'new lambda.Function(this, id, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, ... })',
    l1: 'VpcConfig: { SubnetIds: [...], SecurityGroupIds: [...] }',
  },
  controls: { fsbp: [], nist: ['AC-4', 'SC-7', 'SC-7(4)', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-3',
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-vpcconfig.html',
  ],
  messages: {
    noVpc: "The function has no VpcConfig subnets, so it runs in the Lambda-owned VPC outside the customer's network controls.",
  },
  evaluate(ctx) {
    const subnets = ctx.props.at('VpcConfig.SubnetIds').list() ?? [];
    if (subnets.length === 0) return unconfigured('noVpc');
    return configured(`VpcConfig names ${subnets.length} subnet(s)`);
  },
});
