import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_WORKGROUP, NIST_VPC_ROUTING, REDSHIFT_SERVERLESS_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-serverless-workgroup-enhanced-vpc-routing',
  title: 'Redshift Serverless workgroup uses enhanced VPC routing',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::RedshiftServerless::Workgroup'],
  awsSide:
    "With enhanced VPC routing Redshift Serverless sends traffic such as COPY and UNLOAD through the customer's VPC; EnhancedVpcRouting defaults to false.",
  customerSide:
    "Control over the network path of data loads and unloads is the customer's: only with enhanced VPC routing do security groups, VPC endpoint policies and flow logs apply to that traffic.",
  severity: 'warning',
  remediation: { l1: 'EnhancedVpcRouting: true' },
  controls: { fsbp: ['RedshiftServerless.1'], nist: [...NIST_VPC_ROUTING] },
  sources: [`${REDSHIFT_SERVERLESS_CONTROLS}#redshiftserverless-1`, `${CFN_WORKGROUP}#cfn-redshiftserverless-workgroup-enhancedvpcrouting`],
  messages: {
    notSet: 'EnhancedVpcRouting is not set, so traffic bypasses the VPC (default false).',
    disabled: 'EnhancedVpcRouting is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('EnhancedVpcRouting').bool();
    if (value === true) return configured('EnhancedVpcRouting is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
