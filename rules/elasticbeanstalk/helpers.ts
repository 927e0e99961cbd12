import type { EvaluationContext } from '../../lib/model/context';
import type { Value } from '../../lib/model/value';

export type OptionLookup =
  | { readonly kind: 'found'; readonly value: Value; readonly from: string }
  | { readonly kind: 'absent'; readonly template?: string }
  | { readonly kind: 'unknown'; readonly reason: string };

function findIn(settings: Value, namespace: string, name: string): Value | undefined {
  for (const setting of settings.list() ?? []) {
    if (setting.at('Namespace').str() === namespace && setting.at('OptionName').str() === name) return setting.at('Value');
  }
  return undefined;
}

/**
 * The value of an option setting for an AWS::ElasticBeanstalk::Environment: from its own
 * OptionSettings, else from the AWS::ElasticBeanstalk::ConfigurationTemplate its TemplateName
 * references (environment settings take precedence). A TemplateName that names a saved configuration
 * outside the app cannot be read: unknown. Settings in the source bundle's .ebextensions are not in
 * the template and cannot be seen.
 * https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options.html#configuration-options-precedence
 */
export function optionSetting(ctx: EvaluationContext, namespace: string, name: string): OptionLookup {
  const own = findIn(ctx.props.at('OptionSettings'), namespace, name);
  if (own !== undefined) return { kind: 'found', value: own, from: 'the environment' };
  const templateName = ctx.props.at('TemplateName');
  if (!templateName.isSet()) return { kind: 'absent' };
  const template = templateRecord(ctx, templateName);
  if (!template) {
    return {
      kind: 'unknown',
      reason: `the option ${namespace} ${name} is not set on the environment, and its TemplateName names a saved configuration that is not defined in this app`,
    };
  }
  const inherited = findIn(ctx.propsOf(template).at('OptionSettings'), namespace, name);
  if (inherited !== undefined) return { kind: 'found', value: inherited, from: `configuration template ${template.logicalId}` };
  return { kind: 'absent', template: template.logicalId };
}

function templateRecord(ctx: EvaluationContext, templateName: Value) {
  const target = ctx.target(templateName);
  if (target?.type === 'AWS::ElasticBeanstalk::ConfigurationTemplate') return target;
  return undefined;
}

/** The platform the environment runs (SolutionStackName or PlatformArn, on the environment or its configuration template). */
export function platformOf(ctx: EvaluationContext): string | undefined {
  const own = ctx.props.at('SolutionStackName').str() ?? ctx.props.at('PlatformArn').str();
  if (own !== undefined) return own;
  const templateName = ctx.props.at('TemplateName');
  if (!templateName.isSet()) return undefined;
  const template = templateRecord(ctx, templateName);
  if (!template) return undefined;
  const props = ctx.propsOf(template);
  return props.at('SolutionStackName').str() ?? props.at('PlatformArn').str();
}

/** An option value read as a boolean the way Elastic Beanstalk writes them ("true"/"false", any case). */
export function optionIsTrue(value: Value): boolean {
  return (value.str() ?? '').trim().toLowerCase() === 'true';
}
