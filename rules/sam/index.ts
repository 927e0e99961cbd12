import type { EvaluationContext } from '../../lib/model/context';
import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import type { Verdict } from '../../lib/model/verdict';
import {
  EXPANSIONS,
  ExpandedContext,
  type Expansion,
  SAM_API,
  SAM_FUNCTION,
  SAM_HTTP_API,
  SAM_SIMPLE_TABLE,
  SAM_SOURCES,
  SAM_STATE_MACHINE,
} from './helpers';

/** SAM resources carry no duty of their own: the duties of what SAM generates apply to them (see `withSam`). */
export const duties: readonly Duty[] = [];

const SAM_AWS_SIDE =
  'AWS SAM expands this resource at deploy time into the CloudFormation resources listed in the SAM documentation; the duties of those resources apply to it, read from the SAM properties (and the Globals section) SAM copies into them.';

export const resourceTypes: readonly ResourceTypeInfo[] = [
  { type: SAM_FUNCTION, service: 'AWS SAM (AWS Lambda)', serviceModel: 'abstracted', awsSide: SAM_AWS_SIDE, source: SAM_SOURCES[2] },
  {
    type: SAM_API,
    service: 'AWS SAM (Amazon API Gateway REST API)',
    serviceModel: 'abstracted',
    awsSide: SAM_AWS_SIDE,
    source: SAM_SOURCES[3],
  },
  {
    type: SAM_HTTP_API,
    service: 'AWS SAM (Amazon API Gateway HTTP API)',
    serviceModel: 'abstracted',
    awsSide: SAM_AWS_SIDE,
    source: SAM_SOURCES[4],
  },
  {
    type: SAM_SIMPLE_TABLE,
    service: 'AWS SAM (Amazon DynamoDB)',
    serviceModel: 'abstracted',
    awsSide: SAM_AWS_SIDE,
    source: SAM_SOURCES[5],
  },
  {
    type: SAM_STATE_MACHINE,
    service: 'AWS SAM (AWS Step Functions)',
    serviceModel: 'abstracted',
    awsSide: SAM_AWS_SIDE,
    source: SAM_SOURCES[6],
  },
  {
    type: 'AWS::ApiGateway::Deployment',
    service: 'Amazon API Gateway',
    serviceModel: 'abstracted',
    awsSide:
      'API Gateway takes a snapshot of the REST API; with a StageName the deployment also creates that stage, configured by StageDescription, and the stage duties apply to it. A deployment without StageName (what the aws-apigateway RestApi creates) is not applicable: its stage is an AWS::ApiGateway::Stage of its own.',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-deployment.html',
  },
];

/** Which verdict speaks for a SAM resource that expands into several resources a duty covers: the worst. */
const RANK: Readonly<Record<Verdict['kind'], number>> = {
  unconfigured: 4,
  'needs-attestation': 3,
  unknown: 2,
  configured: 1,
  'not-applicable': 0,
};

/**
 * The catalog with each duty of a type SAM generates extended to the SAM type: on a SAM resource
 * the duty's own evaluator runs on the generated resource's properties. Ids, messages and controls
 * stay the duty's own, so a waiver or a severity override applies to both forms.
 */
export function withSam(catalog: readonly Duty[]): Duty[] {
  return catalog.map((duty) => {
    const bySamType = new Map<string, Expansion[]>();
    for (const e of EXPANSIONS) {
      if (!duty.resourceTypes.includes(e.into)) continue;
      const list = bySamType.get(e.samType) ?? [];
      list.push(e);
      bySamType.set(e.samType, list);
    }
    if (bySamType.size === 0) return duty;
    return {
      ...duty,
      resourceTypes: [...duty.resourceTypes, ...bySamType.keys()],
      sources: [...duty.sources, SAM_SOURCES[0]],
      evaluate: (ctx: EvaluationContext) => {
        const expansions = bySamType.get(ctx.resource.type);
        if (!expansions) return duty.evaluate(ctx);
        let worst: Verdict | undefined;
        for (const e of expansions) {
          const v = evaluateExpanded(duty, e, ctx);
          if (!worst || RANK[v.kind] > RANK[worst.kind]) worst = v;
        }
        return worst!;
      },
    };
  });
}

function evaluateExpanded(duty: Duty, e: Expansion, ctx: EvaluationContext): Verdict {
  const expanded = e.expand(ctx);
  if ('verdict' in expanded) return expanded.verdict;
  const self = expanded.self ? { ...ctx.resource, ...expanded.self } : undefined;
  return duty.evaluate(new ExpandedContext(ctx, e.into, expanded.props, self, expanded.generated));
}
