import { tagsOf } from '../../lib/model/evidence/tags';
import type { EvaluationContext } from '../../lib/model/context';
import type { Value } from '../../lib/model/value';

/** A REST API stage's method setting, with the two keys that locate it. */
export interface MethodSetting {
  readonly resourcePath: string;
  readonly httpMethod: string;
  readonly value: Value;
}

/**
 * The `MethodSettings` of an AWS::ApiGateway::Stage. `ResourcePath: "/*"` with `HttpMethod: "*"`
 * is the stage-wide default every method inherits; other entries override single methods.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html
 */
export function methodSettings(props: Value): MethodSetting[] {
  return (props.at('MethodSettings').list() ?? []).map((value) => ({
    resourcePath: value.at('ResourcePath').str() ?? '/*',
    httpMethod: value.at('HttpMethod').str() ?? '*',
    value,
  }));
}

export function isStageWide(setting: MethodSetting): boolean {
  return setting.resourcePath === '/*' && setting.httpMethod === '*';
}

export function describeMethod(setting: MethodSetting): string {
  return `${setting.httpMethod} ${setting.resourcePath}`;
}

/**
 * The ProtocolType (HTTP or WEBSOCKET) of the AWS::ApiGatewayV2::Api an ApiGatewayV2 resource
 * belongs to, or undefined when the API is not in this template.
 */
export function v2Protocol(ctx: EvaluationContext): string | undefined {
  const api = ctx.target(ctx.props.at('ApiId'));
  if (!api || api.type !== 'AWS::ApiGatewayV2::Api') return undefined;
  return ctx.propsOf(api).at('ProtocolType').str();
}

/**
 * The classification tag of the HTTP or WebSocket API a route belongs to, when its value is a sensitive level
 * (the `dataClassification` option): the route's findings then concern sensitive data. A tag value that is a
 * token cannot tell, and is not taken as sensitive (the finding stays at the duty's severity).
 */
export function v2ApiSensitiveBy(ctx: EvaluationContext): string | undefined {
  const api = ctx.target(ctx.props.at('ApiId'));
  if (!api || api.type !== 'AWS::ApiGatewayV2::Api') return undefined;
  const tags = ctx.propsOf(api).at('Tags');
  if (tags.isToken) return undefined;
  const key = ctx.settings.classificationTag;
  const value = tagsOf(ctx.propsOf(api)).get(key);
  return value !== undefined && ctx.settings.sensitiveLevels.includes(value.toLowerCase()) ? `${key}=${value} on the API` : undefined;
}

export const APIGW_CONTROLS_SOURCE = 'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html';
export const STAGE_SOURCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-stage.html';
export const METHOD_SETTING_SOURCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html';
export const V2_STAGE_SOURCE =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-stage.html';
export const LOGGING_NIST = ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'];
