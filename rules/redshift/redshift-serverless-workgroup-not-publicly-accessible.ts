import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_WORKGROUP, REDSHIFT_SERVERLESS_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-serverless-workgroup-not-publicly-accessible',
  title: 'Redshift Serverless workgroup is not publicly accessible',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::RedshiftServerless::Workgroup'],
  awsSide:
    'Redshift Serverless gives a publicly accessible workgroup an endpoint reachable from the internet; PubliclyAccessible defaults to false.',
  customerSide:
    "Network exposure of the workgroup is the customer's: a publicly accessible endpoint is reachable from the internet wherever its security groups allow.",
  severity: 'error',
  remediation: { l1: 'PubliclyAccessible: false (or leave it unset)' },
  controls: { fsbp: ['RedshiftServerless.3'], nist: [...NIST.notPublic] },
  sources: [`${REDSHIFT_SERVERLESS_CONTROLS}#redshiftserverless-3`, `${CFN_WORKGROUP}#cfn-redshiftserverless-workgroup-publiclyaccessible`],
  messages: {
    enabled: 'PubliclyAccessible is true, so the workgroup endpoint is reachable from the internet.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('PubliclyAccessible').bool();
    if (value === true) return unconfigured('enabled');
    return configured(value === false ? 'PubliclyAccessible is false' : 'PubliclyAccessible is not set (default false)');
  },
});
