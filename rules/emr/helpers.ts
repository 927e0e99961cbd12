import type { EvaluationContext } from '../../lib/model/context';
import type { ResourceRecord } from '../../lib/model/resource';
import { UnresolvedValue, type Value } from '../../lib/model/value';

export const SECURITY_CONFIGURATION = 'AWS::EMR::SecurityConfiguration';
export const EMR_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/emr-controls.html';
export const CFN_SECURITY_CONFIGURATION =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-emr-securityconfiguration.html';
export const CFN_CLUSTER = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-emr-cluster.html';
export const ENCRYPTION_OPTIONS = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html';
export const IN_TRANSIT_MATRIX = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-encryption-support-matrix.html';
export const SECURITY_CONFIGURATION_JSON = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-create-security-configuration.html';

/** `EncryptionConfiguration` of a security configuration's JSON document (an object, or the JSON text of one). */
export function encryptionOf(props: Value): Value {
  return props.at('SecurityConfiguration.EncryptionConfiguration');
}

/**
 * The security configuration a cluster runs with: undefined when the cluster names none. Its
 * `SecurityConfiguration` is the configuration's name: a Ref to an AWS::EMR::SecurityConfiguration
 * of the template (its Ref is the name), or a literal name, matched against the `Name` of the
 * security configurations of the app. A name no configuration of the app carries was created
 * elsewhere, so what it encrypts is unknown (thrown, naming it).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-emr-cluster.html#cfn-emr-cluster-securityconfiguration
 */
export function clusterSecurityConfiguration(ctx: EvaluationContext): ResourceRecord | undefined {
  const value = ctx.props.at('SecurityConfiguration');
  const target = ctx.target(value);
  if (target?.type === SECURITY_CONFIGURATION) return target;
  const name = value.str();
  if (name === undefined || name === '') return undefined;
  const named = ctx.index.ofType(SECURITY_CONFIGURATION).find((r) => r.properties.Name === name);
  if (named) return named;
  throw new UnresolvedValue(
    'SecurityConfiguration',
    `the security configuration '${name}', which is not defined in the app (what it encrypts is decided where it was created)`,
  );
}
