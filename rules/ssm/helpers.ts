import type { EvaluationContext } from '../../lib/model/context';
import { Value } from '../../lib/model/value';

/**
 * The content of an SSM document as a value to read. CloudFormation takes `Content` as a JSON
 * object or as text; JSON text is parsed. YAML text (DocumentFormat YAML) cannot be read here, so
 * it is reported as undefined for the duty to say so.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html#cfn-ssm-document-content
 */
export function documentContent(ctx: EvaluationContext): Value | undefined {
  const content = ctx.props.at('Content');
  if (content.raw === undefined || content.isToken || typeof content.raw !== 'string') return content;
  try {
    return new Value(JSON.parse(content.str()!), 'Content');
  } catch {
    return undefined;
  }
}

/** The `inputs` of a Session document that sets Session Manager preferences (sessionType Standard_Stream). */
export function sessionPreferences(ctx: EvaluationContext): { readonly inputs: Value } | 'not-session' | 'unreadable' {
  if ((ctx.props.at('DocumentType').str() ?? 'Command') !== 'Session') return 'not-session';
  const content = documentContent(ctx);
  if (content === undefined) return 'unreadable';
  if (content.at('sessionType').str() !== 'Standard_Stream') return 'not-session';
  return { inputs: content.at('inputs') };
}

/**
 * Whether a preferences input names something: a `Ref`/`Fn::GetAtt` to a resource of the template
 * does; a literal does when it is not empty; any other token (a parameter may be empty) is read and
 * so makes the duty unknown.
 */
export function namesSomething(ctx: EvaluationContext, value: Value): boolean {
  if (value.raw === undefined || value.raw === null) return false;
  if (value.intrinsic && ctx.target(value)) return true;
  return (value.str() ?? '') !== '';
}
