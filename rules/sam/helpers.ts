import { Attachments, EvaluationContext } from '../../lib/model/context';
import type { ResourceRecord } from '../../lib/model/resource';
import { defaultDescribe, isIntrinsic, type Value } from '../../lib/model/value';
import { configured, notApplicable, unknown, type Verdict } from '../../lib/model/verdict';
import { SAM_API, SAM_FUNCTION, SAM_HTTP_API, SAM_SIMPLE_TABLE, SAM_STATE_MACHINE } from '../sam-targets';

/**
 * How an AWS SAM resource is judged: by the resource SAM expands it into. Each expansion names the
 * CloudFormation type SAM generates and turns the SAM properties (Globals already merged, see
 * lib/private/sam-globals.ts) into that resource's properties, so the duties of the generated type
 * evaluate them unchanged. Values are copied as they are: a parameter stays a parameter, and the
 * duty reading it says unknown, naming it.
 * Source: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
 */
export interface Expansion {
  readonly samType: string;
  /** The CloudFormation type SAM generates; every duty of that type applies. */
  readonly into: string;
  /** The generated resource's properties, or the verdict when SAM generates none or its settings cannot be read. */
  readonly expand: (ctx: EvaluationContext) => Expanded;
}

export type Expanded =
  | {
      readonly props: Record<string, unknown>;
      /** What a Ref to the SAM resource names in the generated resources (the generated API of a stage). */
      readonly self?: { readonly type: string; readonly properties: Record<string, unknown> };
      /** Other resources SAM generates beside it and attaches to it (a function's EventInvokeConfig). */
      readonly generated?: readonly Generated[];
    }
  | { readonly verdict: Verdict };

export interface Generated {
  readonly type: string;
  readonly logicalId: string;
  readonly properties: Record<string, unknown>;
}

/** The SAM resource seen as the resource SAM generates; links to it (Ref, GetAtt) still name the SAM resource. */
export class ExpandedContext extends EvaluationContext {
  constructor(
    readonly original: EvaluationContext,
    into: string,
    properties: Record<string, unknown>,
    private readonly self?: ResourceRecord,
    private readonly generated: readonly Generated[] = [],
  ) {
    super({ ...original.resource, type: into, properties }, original.index, original.settings);
  }

  override target(value: Value): ResourceRecord | undefined {
    const t = super.target(value);
    return t === this.original.resource && this.self ? this.self : t;
  }

  override referrers(type?: string): readonly ResourceRecord[] {
    return this.index.referrers(this.original.resource, type);
  }

  override attachments(type: string, path: string, target: ResourceRecord = this.original.resource): Attachments {
    const found = super.attachments(type, path, target);
    const extra = this.generated
      .filter((g) => g.type === type && target === this.original.resource)
      .map((g) => ({ ...this.original.resource, ...g }));
    // Only the sure list of the second set is read by concat; the lens of the first stays.
    return extra.length === 0 ? found : found.concat(new Attachments(extra, [], { describe: defaultDescribe, isOutput: () => false }));
  }
}

// WHY the raw properties: an expansion copies values, tokens included, to where the generated resource
// has them; it decides nothing from them, and each duty reads them through Value as usual.
function raw(ctx: EvaluationContext): Record<string, unknown> {
  // Properties that are one token as a whole (a custom resource's output, as CfnJson writes) throw here: nothing is known.
  ctx.props.keys();
  return ctx.resource.properties as Record<string, unknown>;
}

function without(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** SAM writes Tags as a map; the generated resources take a list of Key/Value pairs. */
function tagList(tags: unknown): unknown {
  if (tags === null || typeof tags !== 'object' || Array.isArray(tags)) return tags;
  const keys = Object.keys(tags);
  if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) return tags;
  return Object.entries(tags as Record<string, unknown>).map(([Key, Value]) => ({ Key, Value }));
}

function set(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

/** AWS::Serverless::Function -> AWS::Lambda::Function (sam-resource-function.html). */
const FUNCTION: Expansion = {
  samType: SAM_FUNCTION,
  into: 'AWS::Lambda::Function',
  expand: (ctx) => {
    const p = raw(ctx);
    const out = without(p, [
      'Tracing',
      'DeadLetterQueue',
      'Tags',
      'CodeUri',
      'InlineCode',
      'ImageUri',
      'Events',
      'Policies',
      'EventInvokeConfig',
      'FunctionUrlConfig',
      'AutoPublishAlias',
      'DeploymentPreference',
    ]);
    // SAM: "Tracing ... passed directly to the Mode property of the TracingConfig"; "DeadLetterQueue ... DeadLetterConfig".
    if (p.Tracing !== undefined) out.TracingConfig = { Mode: p.Tracing };
    if (p.DeadLetterQueue !== undefined) out.DeadLetterConfig = dlq(p.DeadLetterQueue);
    set(out, 'Tags', tagList(p.Tags));
    return { props: out, generated: eventInvokeConfig(ctx) };
  },
};

/**
 * SAM's EventInvokeConfig becomes an AWS::Lambda::EventInvokeConfig; an OnFailure of Type SQS or SNS
 * without a Destination makes SAM create the queue or topic itself.
 */
function eventInvokeConfig(ctx: EvaluationContext): Generated[] {
  const config = ctx.props.at('EventInvokeConfig');
  if (!config.isSet()) return [];
  const onFailure = config.at('DestinationConfig.OnFailure');
  const type = onFailure.at('Type').str();
  const destination = onFailure.isSet()
    ? (onFailure.at('Destination').raw ?? (type === 'SQS' || type === 'SNS' ? `the ${type} destination SAM creates` : undefined))
    : undefined;
  return [
    {
      type: 'AWS::Lambda::EventInvokeConfig',
      logicalId: `${ctx.resource.logicalId}EventInvokeConfig`,
      properties: {
        FunctionName: { Ref: ctx.resource.logicalId },
        ...(destination === undefined ? {} : { DestinationConfig: { OnFailure: { Destination: destination } } }),
      },
    },
  ];
}

function dlq(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  return 'TargetArn' in v ? { TargetArn: v.TargetArn } : value;
}

/** AWS::Serverless::Function FunctionUrlConfig -> AWS::Lambda::Url. */
const FUNCTION_URL: Expansion = {
  samType: SAM_FUNCTION,
  into: 'AWS::Lambda::Url',
  expand: (ctx) => {
    if (!ctx.props.at('FunctionUrlConfig').isSet())
      return { verdict: notApplicable('the function has no FunctionUrlConfig, so SAM creates no function URL') };
    const url = ctx.props.at('FunctionUrlConfig');
    return { props: { AuthType: url.at('AuthType').raw, Cors: url.at('Cors').raw, TargetFunctionArn: { Ref: ctx.resource.logicalId } } };
  },
};

/** AWS::Serverless::Api -> its AWS::ApiGateway::Stage (sam-resource-api.html). */
const API_STAGE: Expansion = {
  samType: SAM_API,
  into: 'AWS::ApiGateway::Stage',
  expand: (ctx) => {
    const p = raw(ctx);
    const out: Record<string, unknown> = { RestApiId: { Ref: ctx.resource.logicalId } };
    for (const k of [
      'StageName',
      'AccessLogSetting',
      'MethodSettings',
      'TracingEnabled',
      'CacheClusterEnabled',
      'CacheClusterSize',
      'Variables',
      'CanarySetting',
    ])
      set(out, k, p[k]);
    set(out, 'Tags', tagList(p.Tags));
    return { props: out, self: { type: 'AWS::ApiGateway::RestApi', properties: {} } };
  },
};

/** AWS::Serverless::Api -> the AWS::ApiGateway::Method resources SAM generates, as far as Auth decides them. */
const API_METHODS: Expansion = {
  samType: SAM_API,
  into: 'AWS::ApiGateway::Method',
  expand: (ctx) => {
    if (readEndpointType(ctx.props.at('EndpointConfiguration')) === 'PRIVATE')
      return { verdict: configured('the API is PRIVATE, reachable only through VPC endpoints its resource policy allows') };
    const type = authorizationType(ctx.props.at('Auth'), { cognito: 'COGNITO_USER_POOLS', lambda: 'CUSTOM', jwt: undefined });
    if (type === 'unreadable') return { verdict: unknown('Auth.DefaultAuthorizer names an authorizer not declared in Auth.Authorizers') };
    if (type !== undefined) return { props: { HttpMethod: 'ANY', AuthorizationType: type } };
    return openMethods(ctx, 'RestApiId', 'Api');
  },
};

function readEndpointType(endpoint: Value): string | undefined {
  // SAM accepts EndpointConfiguration as a string ("PRIVATE") or as { Type: PRIVATE }.
  if (endpoint.raw === undefined) return undefined;
  return typeof endpoint.raw === 'string' ? endpoint.str() : endpoint.at('Type').str();
}

/**
 * The AuthorizationType SAM gives the methods (or routes) of an API from Auth.DefaultAuthorizer:
 * AWS_IAM as such, or the kind of the named authorizer. `unreadable` when the name is not declared.
 */
function authorizationType(
  auth: Value,
  kinds: { readonly cognito: string; readonly lambda: string; readonly jwt: string | undefined },
): string | undefined | 'unreadable' {
  const name = auth.at('DefaultAuthorizer').str();
  if (name === undefined || name === 'NONE') return undefined;
  if (name === 'AWS_IAM') return 'AWS_IAM';
  const authorizer = auth.at('Authorizers').child(name);
  if (!authorizer.isSet()) return 'unreadable';
  if (authorizer.at('UserPoolArn').isSet()) return kinds.cognito;
  if (authorizer.at('FunctionArn').isSet()) return kinds.lambda;
  if (authorizer.at('JwtConfiguration').isSet() && kinds.jwt) return kinds.jwt;
  return 'unreadable';
}

/**
 * With no default authorizer, SAM generates the methods from the OpenAPI definition (not read
 * here: unknown) or from the Api events of the functions that name this API, each with the
 * event's own Auth.Authorizer.
 */
function openMethods(ctx: EvaluationContext, link: string, eventType: string): Expanded {
  if (ctx.props.at('DefinitionBody').isSet() || ctx.props.at('DefinitionUri').isSet())
    return {
      verdict: unknown(
        'the API has no Auth.DefaultAuthorizer and its methods come from DefinitionBody/DefinitionUri, whose security is not read',
      ),
    };
  let authorized = 0;
  for (const fn of ctx.referrers(SAM_FUNCTION)) {
    const events = ctx.propsOf(fn).at('Events');
    for (const name of events.keys() ?? []) {
      const event = events.at(name);
      if (event.at('Type').str() !== eventType) continue;
      const target = ctx.target(event.at(`Properties.${link}`));
      if (target !== ctx.resource) continue;
      const authorizer = event.at('Properties.Auth.Authorizer').str();
      if (authorizer === undefined || authorizer === 'NONE')
        return {
          props: {
            HttpMethod: event.at('Properties.Method').str() ?? 'ANY',
            RouteKey: `${(event.at('Properties.Method').str() ?? 'ANY').toUpperCase()} ${event.at('Properties.Path').str() ?? '/'}`,
            AuthorizationType: authorizer ?? 'NONE',
          },
        };
      authorized++;
    }
  }
  if (authorized > 0)
    return { verdict: configured(`the ${authorized} function event(s) that add methods to this API each name an authorizer`) };
  return { verdict: notApplicable('no function event adds a method to this API, and it has no definition of its own') };
}

const HTTP_API_SELF = { type: 'AWS::ApiGatewayV2::Api', properties: { ProtocolType: 'HTTP' } };

/** AWS::Serverless::HttpApi -> its AWS::ApiGatewayV2::Stage (sam-resource-httpapi.html); the stage is $default unless StageName says otherwise. */
const HTTP_API_STAGE: Expansion = {
  samType: SAM_HTTP_API,
  into: 'AWS::ApiGatewayV2::Stage',
  expand: (ctx) => {
    const p = raw(ctx);
    // aws-cdk-lib's CfnHttpApi renders accessLogSetting as AccessLogSetting, a name SAM does not document for HttpApi.
    if (p.AccessLogSetting !== undefined && p.AccessLogSettings === undefined)
      return {
        verdict: unknown(
          'the HttpApi sets AccessLogSetting (what CfnHttpApi renders for accessLogSetting), but SAM documents AccessLogSettings for HttpApi; set it with addPropertyOverride("AccessLogSettings", ...)',
        ),
      };
    const out: Record<string, unknown> = { ApiId: { Ref: ctx.resource.logicalId }, StageName: p.StageName ?? '$default' };
    for (const k of ['AccessLogSettings', 'DefaultRouteSettings', 'RouteSettings', 'StageVariables']) set(out, k, p[k]);
    return { props: out, self: HTTP_API_SELF };
  },
};

/** AWS::Serverless::HttpApi -> the AWS::ApiGatewayV2::Route resources SAM generates, as far as Auth decides them. */
const HTTP_API_ROUTES: Expansion = {
  samType: SAM_HTTP_API,
  into: 'AWS::ApiGatewayV2::Route',
  expand: (ctx) => {
    const type = authorizationType(ctx.props.at('Auth'), { cognito: 'JWT', lambda: 'CUSTOM', jwt: 'JWT' });
    if (type === 'unreadable') return { verdict: unknown('Auth.DefaultAuthorizer names an authorizer not declared in Auth.Authorizers') };
    if (type !== undefined) return { props: { RouteKey: '$default', AuthorizationType: type }, self: HTTP_API_SELF };
    const open = openMethods(ctx, 'ApiId', 'HttpApi');
    return 'props' in open ? { ...open, self: HTTP_API_SELF } : open;
  },
};

/** AWS::Serverless::SimpleTable -> AWS::DynamoDB::Table (sam-resource-simpletable.html). */
const SIMPLE_TABLE: Expansion = {
  samType: SAM_SIMPLE_TABLE,
  into: 'AWS::DynamoDB::Table',
  expand: (ctx) => {
    const p = raw(ctx);
    // SAM: "If ProvisionedThroughput is not specified BillingMode will be specified as PAY_PER_REQUEST."
    // A ProvisionedThroughput decided at deploy (an Fn::If, a parameter) leaves the billing mode undecided too: the token stands for it.
    const throughput = p.ProvisionedThroughput;
    const billing = throughput === undefined ? 'PAY_PER_REQUEST' : isIntrinsic(throughput) ? throughput : 'PROVISIONED';
    const out: Record<string, unknown> = { BillingMode: billing };
    for (const k of ['TableName', 'ProvisionedThroughput', 'SSESpecification', 'PointInTimeRecoverySpecification']) set(out, k, p[k]);
    set(out, 'Tags', tagList(p.Tags));
    return { props: out };
  },
};

/** AWS::Serverless::StateMachine -> AWS::StepFunctions::StateMachine (sam-resource-statemachine.html). */
const STATE_MACHINE: Expansion = {
  samType: SAM_STATE_MACHINE,
  into: 'AWS::StepFunctions::StateMachine',
  expand: (ctx) => {
    const p = raw(ctx);
    const out: Record<string, unknown> = {};
    // SAM passes Logging to LoggingConfiguration, Tracing to TracingConfiguration, Type to StateMachineType.
    set(out, 'LoggingConfiguration', p.Logging);
    set(out, 'TracingConfiguration', p.Tracing);
    set(out, 'StateMachineType', p.Type);
    set(out, 'StateMachineName', p.Name);
    set(out, 'RoleArn', p.Role);
    set(out, 'EncryptionConfiguration', p.EncryptionConfiguration);
    set(out, 'Tags', tagList(p.Tags));
    return { props: out };
  },
};

/**
 * An Api or HttpApi event without RestApiId/ApiId makes SAM create an implicit API
 * (ServerlessRestApi, ServerlessHttpApi) whose stage and methods take their settings from the
 * Globals Api/HttpApi section and the event. Those are not read here: the duties of the implicit
 * API's stage and methods are unknown on the function, never silently passed.
 */
function implicitApi(into: string, eventType: string, link: string, api: string): Expansion {
  return {
    samType: SAM_FUNCTION,
    into,
    expand: (ctx) => {
      const events = ctx.props.at('Events');
      for (const name of events.keys() ?? []) {
        const event = events.at(name);
        if (event.at('Type').str() !== eventType || event.at(`Properties.${link}`).isSet()) continue;
        return {
          verdict: unknown(
            `the ${eventType} event ${name} has no ${link}, so SAM creates the implicit API ${api}, whose settings (the Globals ${eventType} section, the event's Auth) are not evaluated; declare the API as an AWS::Serverless::${eventType} and name it in ${link}`,
          ),
        };
      }
      return { verdict: notApplicable(`no ${eventType} event of the function creates an implicit API`) };
    },
  };
}

const STAGE_WIDE = ['LoggingLevel', 'CachingEnabled', 'CacheDataEncrypted', 'CacheTtlInSeconds', 'DataTraceEnabled', 'MetricsEnabled'];

/**
 * Not SAM, the same idea: an AWS::ApiGateway::Deployment with a StageName creates that stage
 * itself, configured by StageDescription, whose LoggingLevel, caching and metrics settings apply
 * to every method (the stage-wide "/*" "*" method setting).
 * Source: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-deployment-stagedescription.html
 */
const DEPLOYMENT_STAGE: Expansion = {
  samType: 'AWS::ApiGateway::Deployment',
  into: 'AWS::ApiGateway::Stage',
  expand: (ctx) => {
    if (!ctx.props.at('StageName').isSet())
      return {
        verdict: notApplicable(
          'the deployment names no StageName, so it creates no stage (an AWS::ApiGateway::Stage is judged on its own)',
        ),
      };
    const p = raw(ctx);
    const d = ctx.props.at('StageDescription');
    const description = (d.raw ?? {}) as Record<string, unknown>;
    // A StageDescription decided at deploy leaves every stage setting undecided: the token stands for each.
    const pick = (k: string): unknown => (isIntrinsic(d.raw) ? d.raw : description[k]);
    const out: Record<string, unknown> = { RestApiId: p.RestApiId, StageName: p.StageName, DeploymentId: { Ref: ctx.resource.logicalId } };
    for (const k of [
      'AccessLogSetting',
      'ClientCertificateId',
      'TracingEnabled',
      'CacheClusterEnabled',
      'CacheClusterSize',
      'Variables',
      'CanarySetting',
    ])
      set(out, k, pick(k));
    const wide: Record<string, unknown> = { HttpMethod: '*', ResourcePath: '/*' };
    for (const k of STAGE_WIDE) set(wide, k, pick(k));
    const own = isIntrinsic(d.raw) ? d.raw : description.MethodSettings;
    const methodSettings = Object.keys(wide).length > 2 ? [wide] : [];
    if (isIntrinsic(own)) out.MethodSettings = own;
    else out.MethodSettings = [...methodSettings, ...((own as unknown[] | undefined) ?? [])];
    return { props: out };
  },
};

export const EXPANSIONS: readonly Expansion[] = [
  DEPLOYMENT_STAGE,
  FUNCTION,
  FUNCTION_URL,
  implicitApi('AWS::ApiGateway::Stage', 'Api', 'RestApiId', 'ServerlessRestApi'),
  implicitApi('AWS::ApiGateway::Method', 'Api', 'RestApiId', 'ServerlessRestApi'),
  implicitApi('AWS::ApiGatewayV2::Stage', 'HttpApi', 'ApiId', 'ServerlessHttpApi'),
  implicitApi('AWS::ApiGatewayV2::Route', 'HttpApi', 'ApiId', 'ServerlessHttpApi'),
  API_STAGE,
  API_METHODS,
  HTTP_API_STAGE,
  HTTP_API_ROUTES,
  SIMPLE_TABLE,
  STATE_MACHINE,
  executionRole(SAM_FUNCTION, 'lambda.amazonaws.com', ['service-role/AWSLambdaBasicExecutionRole']),
  executionRole(SAM_STATE_MACHINE, 'states.amazonaws.com', []),
];

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
