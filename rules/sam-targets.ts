import type { EvaluationContext } from '../lib/model/context';
import type { Duty } from '../lib/model/duty';
import type { Verdict } from '../lib/model/verdict';

/**
 * What each AWS SAM resource type expands into, as data: the CloudFormation types SAM generates
 * whose duties apply to the SAM resource. The expansions themselves (how the SAM properties become
 * the generated resource's) are in rules/sam/helpers.ts, and a test holds them to this table. The
 * catalog reads only this table when a service loads, so the expansions load when a SAM resource
 * is met.
 * Source: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
 */
export const SAM_FUNCTION = 'AWS::Serverless::Function';
export const SAM_API = 'AWS::Serverless::Api';
export const SAM_HTTP_API = 'AWS::Serverless::HttpApi';
export const SAM_SIMPLE_TABLE = 'AWS::Serverless::SimpleTable';
export const SAM_STATE_MACHINE = 'AWS::Serverless::StateMachine';

const SAM_DOCS = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide';

export const SAM_SOURCES = [
  `${SAM_DOCS}/sam-specification-generated-resources.html`,
  `${SAM_DOCS}/sam-specification-template-anatomy-globals.html`,
  `${SAM_DOCS}/sam-resource-function.html`,
  `${SAM_DOCS}/sam-resource-api.html`,
  `${SAM_DOCS}/sam-resource-httpapi.html`,
  `${SAM_DOCS}/sam-resource-simpletable.html`,
  `${SAM_DOCS}/sam-resource-statemachine.html`,
];

/** [SAM type, generated type], in the order of rules/sam/helpers.ts's EXPANSIONS. */
export const SAM_TARGETS: readonly (readonly [samType: string, into: string])[] = [
  // A deployment with StageName creates that stage (AWS::ApiGateway::Deployment, StageDescription).
  ['AWS::ApiGateway::Deployment', 'AWS::ApiGateway::Stage'],
  [SAM_FUNCTION, 'AWS::Lambda::Function'],
  [SAM_FUNCTION, 'AWS::Lambda::Url'],
  // A function's Api and HttpApi events without an API of their own make the implicit API.
  [SAM_FUNCTION, 'AWS::ApiGateway::Stage'],
  [SAM_FUNCTION, 'AWS::ApiGateway::Method'],
  [SAM_FUNCTION, 'AWS::ApiGatewayV2::Stage'],
  [SAM_FUNCTION, 'AWS::ApiGatewayV2::Route'],
  [SAM_API, 'AWS::ApiGateway::Stage'],
  [SAM_API, 'AWS::ApiGateway::Method'],
  [SAM_HTTP_API, 'AWS::ApiGatewayV2::Stage'],
  [SAM_HTTP_API, 'AWS::ApiGatewayV2::Route'],
  [SAM_SIMPLE_TABLE, 'AWS::DynamoDB::Table'],
  [SAM_STATE_MACHINE, 'AWS::StepFunctions::StateMachine'],
  // The execution role SAM creates when the resource names no Role.
  [SAM_FUNCTION, 'AWS::IAM::Role'],
  [SAM_STATE_MACHINE, 'AWS::IAM::Role'],
];

/** Judges a duty on a SAM resource by the resources SAM generates from it (`judgeOnSam` in rules/sam). */
export type SamJudge = (duty: Duty, ctx: EvaluationContext) => Verdict;

/**
 * The catalog with each duty of a type SAM generates extended to the SAM type: on a SAM resource
 * the duty's own evaluator runs on the generated resource's properties. Ids, messages and controls
 * stay the duty's own, so a waiver or a severity override applies to both forms. `judge` loads the
 * expansions, the first time a SAM resource is judged: an app without one never loads them.
 */
export function withSam(catalog: readonly Duty[], judge: () => SamJudge): Duty[] {
  return catalog.map((duty) => {
    const samTypes = [...new Set(SAM_TARGETS.filter(([, into]) => duty.resourceTypes.includes(into)).map(([samType]) => samType))];
    if (samTypes.length === 0) return duty;
    return {
      ...duty,
      resourceTypes: [...duty.resourceTypes, ...samTypes],
      sources: [...duty.sources, SAM_SOURCES[0]],
      evaluate: (ctx: EvaluationContext) => (samTypes.includes(ctx.resource.type) ? judge()(duty, ctx) : duty.evaluate(ctx)),
    };
  });
}
