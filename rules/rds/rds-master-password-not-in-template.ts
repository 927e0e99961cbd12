import { defineDuty } from '../../lib/model/duty';
import { isDynamicReference, isIntrinsic } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'rds-master-password-not-in-template',
  title: 'Database master password is not written in the template (RDS, Aurora, DocumentDB, Redshift)',
  category: 'data-protection',
  resourceTypes: ['AWS::DocDB::DBCluster', 'AWS::RDS::DBCluster', 'AWS::RDS::DBInstance', 'AWS::Redshift::Cluster'],
  awsSide:
    'RDS, DocumentDB and Redshift take the master password as given; a literal MasterUserPassword is kept in the template, which CloudFormation stores and shows to anyone who can read the stack. A dynamic reference to Secrets Manager (what CDK writes for a generated secret) or ManageMasterUserPassword keeps the value out of it.',
  customerSide:
    "The database's credentials are the customer's: let Secrets Manager generate and hold the master password instead of writing it in code, where it reaches source control, the cloud assembly and CloudFormation.",
  severity: 'error',
  remediation: {
    l2: "new rds.DatabaseInstance(this, id, { credentials: rds.Credentials.fromGeneratedSecret('admin') }) (the default) instead of Credentials.fromPassword(user, SecretValue.unsafePlainText(...))",
    l1: 'ManageMasterUserPassword: true, or MasterUserPassword: "{{resolve:secretsmanager:<secret>:SecretString:password}}" instead of a literal',
  },
  controls: { fsbp: [], nist: ['IA-5(1)', 'IA-5(7)', 'SC-28'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-masteruserpassword',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbcluster.html#cfn-rds-dbcluster-masteruserpassword',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-docdb-dbcluster.html#cfn-docdb-dbcluster-masteruserpassword',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-redshift-cluster.html#cfn-redshift-cluster-masteruserpassword',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds',
  ],
  messages: {
    literal: 'MasterUserPassword is a literal value of {length} characters written in the template.',
  },
  evaluate(ctx) {
    const password = ctx.props.at('MasterUserPassword');
    if (!password.isSet()) return configured('the template sets no MasterUserPassword');
    if (isDynamicReferenceText(password.raw)) return configured('MasterUserPassword is a dynamic reference resolved at deploy');
    // Never quote the value: only its length is reported.
    const text = password.str() ?? '';
    return unconfigured('literal', { length: text.length });
  },
});

/** A dynamic reference, or an Fn::Join / Fn::Sub that builds one (CDK's `{{resolve:secretsmanager:<Ref>:...}}`). */
function isDynamicReferenceText(raw: unknown): boolean {
  if (isDynamicReference(raw)) return true;
  if (!isIntrinsic(raw)) return false;
  const join = raw['Fn::Join'];
  if (Array.isArray(join) && Array.isArray(join[1]) && typeof join[1][0] === 'string') return join[1][0].startsWith('{{resolve:');
  const sub = raw['Fn::Sub'];
  const text = Array.isArray(sub) ? sub[0] : sub;
  return typeof text === 'string' && text.startsWith('{{resolve:');
}
