import { defineDuty } from '../../lib/model/duty';
import { zoneKey } from '../../lib/model/evidence/zones';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-function-vpc-multi-az',
  title: 'VPC-connected Lambda function uses subnets in more than one Availability Zone',
  category: 'resilience',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'AWS runs functions that are not attached to a VPC across multiple Availability Zones in the Region; a VPC-attached function can only run in the Availability Zones of the subnets the customer gives it.',
  customerSide:
    "Choosing the subnets is the customer's: a VPC function whose subnets sit in a single Availability Zone stops running when that zone is impaired.",
  severity: 'warning',
  remediation: {
    l2: 'new lambda.Function(this, id, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } }) with a VPC that has subnets in two or more AZs (maxAzs >= 2)',
    l1: 'VpcConfig.SubnetIds: subnets in at least two Availability Zones',
  },
  controls: { fsbp: ['Lambda.5'], nist: ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-5',
    'https://docs.aws.amazon.com/lambda/latest/dg/security-resilience.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-vpcconfig.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnet.html',
  ],
  messages: {
    oneSubnet: 'The function is attached to a VPC through a single subnet, so it runs in one Availability Zone only.',
    oneAz: 'All {count} subnets of the function are in the Availability Zone {az}.',
  },
  evaluate(ctx) {
    const subnets = ctx.props.at('VpcConfig.SubnetIds').list() ?? [];
    if (subnets.length === 0) return notApplicable('the function is not attached to a VPC');
    if (subnets.length === 1) return unconfigured('oneSubnet');
    const zones = new Set<string>();
    let undetermined = 0;
    for (const subnet of subnets) {
      const record = ctx.target(subnet);
      if (!record || record.type !== 'AWS::EC2::Subnet') {
        if (subnet.isToken) subnet.str(); // throws: a subnet from a parameter or an import cannot be placed in a zone
        undetermined++;
        continue;
      }
      const props = ctx.propsOf(record);
      // Fn::Select of distinct indexes over Fn::GetAZs names distinct zones: the template decides it.
      const at = props.at('AvailabilityZone').raw !== undefined ? props.at('AvailabilityZone') : props.at('AvailabilityZoneId');
      const az = at.raw === undefined ? undefined : zoneKey(at);
      if (az === undefined) undetermined++;
      else zones.add(az);
    }
    if (zones.size >= 2) return configured(`subnets span ${zones.size} Availability Zones: ${[...zones].sort().join(', ')}`);
    if (undetermined > 0)
      return configured(
        `${subnets.length} subnets; ${undetermined} of them are subnet IDs defined outside this template, whose Availability Zone is not checked`,
      );
    return unconfigured('oneAz', { count: subnets.length, az: [...zones][0] });
  },
});
