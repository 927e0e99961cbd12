import type { EvaluationContext } from '../../lib/model/context';
import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import type { Verdict } from '../../lib/model/verdict';
import { EXPANSIONS, ExpandedContext, type Expansion } from './helpers';
import { SAM_API, SAM_FUNCTION, SAM_HTTP_API, SAM_SIMPLE_TABLE, SAM_SOURCES, SAM_STATE_MACHINE } from '../sam-targets';

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
 * A duty on a SAM resource (see `withSam` in rules/sam-targets.ts): its evaluator runs on each resource SAM
 * generates that the duty covers, and the worst verdict speaks for the SAM resource.
 */
export function judgeOnSam(duty: Duty, ctx: EvaluationContext): Verdict {
  let worst: Verdict | undefined;
  for (const e of EXPANSIONS) {
    if (e.samType !== ctx.resource.type || !duty.resourceTypes.includes(e.into)) continue;
    const v = evaluateExpanded(duty, e, ctx);
    if (!worst || RANK[v.kind] > RANK[worst.kind]) worst = v;
  }
  // rules/sam-targets.ts and EXPANSIONS disagree (a test holds them together): the engine reports this as the duty's error.
  if (!worst) throw new Error(`no SAM expansion of ${ctx.resource.type} for ${duty.id}`);
  return worst;
}

function evaluateExpanded(duty: Duty, e: Expansion, ctx: EvaluationContext): Verdict {
  const expanded = e.expand(ctx);
  if ('verdict' in expanded) return expanded.verdict;
  const self = expanded.self ? { ...ctx.resource, ...expanded.self } : undefined;
  return duty.evaluate(new ExpandedContext(ctx, e.into, expanded.props, self, expanded.generated));
}
