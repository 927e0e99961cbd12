import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_REDSHIFT_CLUSTER, NIST_VPC_ROUTING, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-enhanced-vpc-routing',
  title: 'Redshift cluster uses enhanced VPC routing',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    "With enhanced VPC routing Amazon Redshift sends COPY and UNLOAD traffic through the cluster's VPC instead of the internet; EnhancedVpcRouting defaults to false.",
  customerSide:
    "Control over the network path of data loads and unloads is the customer's: only with enhanced VPC routing do security groups, VPC endpoint policies and flow logs apply to that traffic.",
  severity: 'warning',
  remediation: { l1: 'EnhancedVpcRouting: true' },
  controls: { fsbp: ['Redshift.7'], nist: [...NIST_VPC_ROUTING] },
  sources: [
    `${REDSHIFT_CONTROLS}#redshift-7`,
    `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-enhancedvpcrouting`,
    'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
  ],
  messages: {
    notSet: 'EnhancedVpcRouting is not set, so COPY and UNLOAD traffic bypasses the VPC (default false).',
    disabled: 'EnhancedVpcRouting is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('EnhancedVpcRouting').bool();
    if (value === true) return configured('EnhancedVpcRouting is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
