import type { EvaluationContext } from '../../lib/model/context';
import { isIntrinsic } from '../../lib/model/value';
import { notApplicable, unknown } from '../../lib/model/verdict';
import type { Expanded, Expansion } from './helpers';

/**
 * The execution role SAM creates for a function or state machine that names no `Role`: the IAM
 * duties judge it from `Policies`, which SAM turns into the role's policies. Each item is an AWS
 * managed policy name (SAM attaches `arn:<partition>:iam::aws:policy/<name>`), a policy ARN, an
 * inline policy document (a map with `Statement`), or a SAM policy template (a map with one key,
 * the template's name, whose statements SAM scopes to the resource its parameters name).
 * Sources: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html#sam-statemachine-policies
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html
 */
export function executionRole(samType: string, service: string, basePolicies: readonly string[]): Expansion {
  return {
    samType,
    into: 'AWS::IAM::Role',
    expand: (ctx) => {
      if (ctx.props.at('Role').isSet())
        return { verdict: notApplicable('the resource names its Role, so SAM creates no role: that role is judged where it is defined') };
      return roleFromPolicies(ctx, service, basePolicies);
    },
  };
}

/** SAM's policy template names all end in "Policy" (SQSPollerPolicy, DynamoDBCrudPolicy, ...); SAM refuses a name it does not know. */
const TEMPLATE_NAME = /^[A-Z][A-Za-z0-9]*Policy$/;

function roleFromPolicies(ctx: EvaluationContext, service: string, basePolicies: readonly string[]): Expanded {
  // Properties that are one token as a whole throw here: nothing is known.
  ctx.props.keys();
  const own = ctx.resource.properties as Record<string, unknown>;
  const policies = ctx.props.at('Policies');
  // SAM takes one value or a list of values.
  const items = policies.raw === undefined ? [] : Array.isArray(policies.raw) ? (policies.list() ?? []) : [policies];
  const inline: unknown[] = [];
  const managed: unknown[] = basePolicies.map((name) => `arn:aws:iam::aws:policy/${name}`);
  for (const [i, item] of items.entries()) {
    const raw = item.raw;
    if (typeof raw === 'string') managed.push(raw.startsWith('arn:') ? raw : `arn:aws:iam::aws:policy/${raw}`);
    else if (isIntrinsic(raw)) {
      // A condition may choose a map (an inline policy) in one branch: what SAM builds is not known.
      if ('Fn::If' in raw)
        return { verdict: unknown(`Policies item ${i} is an Fn::If, so the policies SAM gives the role are decided at deploy`) };
      // Any other intrinsic is a policy ARN or name; the duty reading it says unknown when it cannot be read.
      managed.push(raw);
    } else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      // Resolved L1 values may carry keys whose value is undefined, which the template does not hold.
      const keys = Object.keys(raw).filter((k) => (raw as Record<string, unknown>)[k] !== undefined);
      if (keys.includes('Statement')) inline.push({ PolicyName: `${ctx.resource.logicalId}RolePolicy${i}`, PolicyDocument: raw });
      // A policy template: SAM scopes its statements to the resource its parameters name.
      else if (keys.length !== 1 || !TEMPLATE_NAME.test(keys[0]))
        return { verdict: unknown(`Policies item ${i} is neither a policy name or ARN, an inline policy nor a SAM policy template`) };
    } else return { verdict: unknown(`Policies item ${i} is neither a policy name or ARN, an inline policy nor a SAM policy template`) };
  }
  const props: Record<string, unknown> = {
    // SAM's default trust policy for the role it creates; a function may replace it.
    AssumeRolePolicyDocument: own.AssumeRolePolicyDocument ?? {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: [service] } }],
    },
    ManagedPolicyArns: managed,
    Policies: inline,
  };
  for (const k of ['PermissionsBoundary', 'RolePath']) if (own[k] !== undefined) props[k] = own[k];
  return { props };
}
