import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REDSHIFT_CLUSTER, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-custom-admin-username',
  title: 'Redshift cluster does not use the default administrator user name',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'Amazon Redshift creates the admin user with the name given in MasterUsername; "awsuser" is the well-known default the Redshift console proposes and Redshift.8 checks for.',
  customerSide:
    "Naming the administrative account is the customer's: a default, publicly known user name leaves attackers only the password to guess, and it cannot be changed after creation.",
  severity: 'info',
  remediation: { l1: 'MasterUsername: a name other than awsuser' },
  controls: { fsbp: ['Redshift.8'], nist: [...NIST.configuration] },
  sources: [
    `${REDSHIFT_CONTROLS}#redshift-8`,
    `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-masterusername`,
    'https://docs.aws.amazon.com/config/latest/developerguide/redshift-default-admin-check.html',
  ],
  messages: {
    isDefault: 'MasterUsername is "{name}", the default Redshift administrator name.',
  },
  evaluate(ctx) {
    const name = ctx.props.at('MasterUsername').str();
    if (name !== undefined && name.toLowerCase() === 'awsuser') return unconfigured('isDefault', { name });
    return configured(name === undefined ? 'MasterUsername is not set' : `MasterUsername is "${name}"`);
  },
});
