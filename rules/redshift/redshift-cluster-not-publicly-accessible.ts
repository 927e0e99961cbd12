import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REDSHIFT_CLUSTER, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-not-publicly-accessible',
  title: 'Redshift cluster is not publicly accessible',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'Amazon Redshift gives a publicly accessible cluster a public IP address and a publicly resolvable endpoint; PubliclyAccessible defaults to false.',
  customerSide:
    "Network exposure of the warehouse is the customer's: a publicly accessible cluster is reachable from the internet wherever its security groups allow.",
  severity: 'error',
  remediation: { l1: 'PubliclyAccessible: false (or leave it unset)' },
  controls: { fsbp: ['Redshift.1'], nist: [...NIST.notPublic] },
  sources: [`${REDSHIFT_CONTROLS}#redshift-1`, `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-publiclyaccessible`],
  messages: {
    enabled: 'PubliclyAccessible is true, so the cluster endpoint resolves to a public IP address.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('PubliclyAccessible').bool();
    if (value === true) return unconfigured('enabled');
    return configured(value === false ? 'PubliclyAccessible is false' : 'PubliclyAccessible is not set (default false)');
  },
});
