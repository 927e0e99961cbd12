import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

/** The custom resource type CDK's Vpc writes for restrictDefaultSecurityGroup. */
const RESTRICT_DEFAULT_SG = 'Custom::VpcRestrictDefaultSG';

export default defineDuty({
  id: 'ec2-vpc-default-security-group-restricted',
  title: 'VPC default security group allows no traffic',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::VPC'],
  awsSide:
    "AWS creates a default security group in every VPC that allows all inbound traffic from itself and all outbound traffic, and applies it to any network interface launched without a security group. CloudFormation cannot change its rules; CDK's restrictDefaultSecurityGroup removes them with a custom resource (Custom::VpcRestrictDefaultSG).",
  customerSide:
    "Removing the default group's rules is the customer's, so a resource launched without an explicit security group gets no network access by accident.",
  severity: 'warning',
  remediation: {
    l2: 'new ec2.Vpc(this, id, { restrictDefaultSecurityGroup: true }) (the default under the @aws-cdk/aws-ec2:restrictDefaultSecurityGroup feature flag)',
    l1: "no CloudFormation property: remove the default security group's rules with a custom resource (as CDK's Custom::VpcRestrictDefaultSG does) or outside CloudFormation",
  },
  controls: { fsbp: ['EC2.2'], nist: ['AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
    'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.VpcProps.html#restrictdefaultsecuritygroup',
  ],
  messages: {
    kept: "Nothing in the app removes the rules of the VPC's default security group, which allows all inbound traffic from itself and all outbound traffic.",
  },
  evaluate(ctx) {
    for (const cr of ctx.referrers(RESTRICT_DEFAULT_SG)) {
      const group = ctx.propsOf(cr).at('DefaultSecurityGroupId');
      if (ctx.target(group) === ctx.resource) return configured(`${cr.logicalId} removes the default security group's rules`);
      group.str(); // a token other than this VPC's default group cannot be decided
    }
    return unconfigured('kept');
  },
});
