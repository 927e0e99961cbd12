import type { EvaluationContext } from '../../lib/model/context';
import type { ResourceRecord } from '../../lib/model/resource';

export const ASSOCIATION_TYPE = 'AWS::WAFv2::WebACLAssociation';

/**
 * The AWS::WAFv2::WebACLAssociation resources of this template whose ResourceArn references the
 * evaluated resource (an ALB, an API Gateway stage, ...). When none does but an association's
 * ResourceArn is a parameter, an import or a condition, that association might protect this
 * resource: its ResourceArn is read so the duty reports unknown, naming the value.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-webaclassociation.html
 */
export function webAclAssociations(ctx: EvaluationContext): readonly ResourceRecord[] {
  const direct = ctx.referrers(ASSOCIATION_TYPE);
  if (direct.length > 0) return direct;
  for (const association of ctx.index.ofType(ASSOCIATION_TYPE)) {
    if (association.stackPath !== ctx.resource.stackPath) continue;
    const arn = ctx.propsOf(association).at('ResourceArn');
    const intrinsic = arn.intrinsic;
    if (!intrinsic) continue;
    const opaque = ('Ref' in intrinsic && ctx.target(arn) === undefined) || 'Fn::ImportValue' in intrinsic || 'Fn::If' in intrinsic;
    if (opaque) arn.str(); // throws: which resource the association protects cannot be read
  }
  return [];
}

export const LOGGING_TYPE = 'AWS::WAFv2::LoggingConfiguration';

/**
 * The AWS::WAFv2::LoggingConfiguration resources of this template whose ResourceArn references
 * the evaluated web ACL; like `webAclAssociations`, a configuration whose ResourceArn is a
 * parameter, an import or a condition makes the read throw (unknown).
 */
export function loggingConfigurations(ctx: EvaluationContext): readonly ResourceRecord[] {
  const direct = ctx.referrers(LOGGING_TYPE);
  if (direct.length > 0) return direct;
  for (const config of ctx.index.ofType(LOGGING_TYPE)) {
    if (config.stackPath !== ctx.resource.stackPath) continue;
    const arn = ctx.propsOf(config).at('ResourceArn');
    const intrinsic = arn.intrinsic;
    if (!intrinsic) continue;
    if (('Ref' in intrinsic && ctx.target(arn) === undefined) || 'Fn::ImportValue' in intrinsic || 'Fn::If' in intrinsic) arn.str();
  }
  return [];
}

export const WAF_CONTROLS_SOURCE = 'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html';
export const WEB_ACL_SOURCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-webacl.html';
