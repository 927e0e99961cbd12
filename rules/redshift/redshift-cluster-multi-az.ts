import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REDSHIFT_CLUSTER, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-multi-az',
  title: 'Redshift RA3 cluster has a Multi-AZ deployment',
  category: 'resilience',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'For RA3 node types, a Multi-AZ deployment runs compute in two Availability Zones behind one endpoint and fails over automatically; MultiAZ defaults to false.',
  customerSide:
    "Availability of the warehouse is the customer's design decision: a Single-AZ cluster is unavailable while its Availability Zone is impaired.",
  severity: 'warning',
  remediation: { l1: 'MultiAZ: true (RA3 node types)' },
  controls: { fsbp: ['Redshift.18'], nist: [...NIST.highAvailability] },
  sources: [
    `${REDSHIFT_CONTROLS}#redshift-18`,
    `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-multiaz`,
    'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html',
  ],
  messages: {
    notSet: 'MultiAZ is not set, so the RA3 cluster runs in a single Availability Zone (default false).',
    disabled: 'MultiAZ is false.',
  },
  evaluate(ctx) {
    const nodeType = ctx.props.at('NodeType').str();
    if (nodeType !== undefined && !nodeType.toLowerCase().startsWith('ra3.'))
      return notApplicable(`Multi-AZ deployments require RA3 node types, not ${nodeType}`);
    const value = ctx.props.at('MultiAZ').bool();
    if (value === true) return configured('MultiAZ is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
