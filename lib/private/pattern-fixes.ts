import { Stack, Token } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import { esDomainFix } from '../report/legacy-es-fix';

/**
 * Fixes that fit where the resource was made. A resource inside an L3 pattern is fixed through
 * the pattern's own props (the catalog's `alb.addRedirect` would add a second port-80 listener
 * beside the pattern's and leave the finding), and a fix that needs something of the stack says so
 * where the stack lacks it, rather than crash synth where it is applied.
 */

const ECS_PATTERNS = 'aws-cdk-lib.aws_ecs_patterns.';
const LAMBDA_REST_API = 'aws-cdk-lib.aws_apigateway.LambdaRestApi';
const ES_DOMAIN = 'aws-cdk-lib.aws_elasticsearch.Domain';

/** The nearest enclosing construct (the owner itself included) whose class is one of ours to recognise. */
function enclosingPattern(owner: IConstruct): { fqn: string; construct: IConstruct } | undefined {
  const scopes = owner.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const fqn = jsiiFqn(scopes[i]);
    if (fqn && (fqn.startsWith(ECS_PATTERNS) || fqn === LAMBDA_REST_API || fqn === ES_DOMAIN)) return { fqn, construct: scopes[i] };
  }
  return undefined;
}

/** The jsii type name CDK stamps on each of its classes, e.g. `aws-cdk-lib.aws_s3.Bucket`. */
function jsiiFqn(c: IConstruct): string | undefined {
  const rtti = (c.constructor as unknown as Record<symbol, { fqn?: string } | undefined>)[Symbol.for('jsii.rtti')];
  return rtti?.fqn;
}

type PatternFix = (pattern: string) => string | undefined;

const setAttribute = (key: string, value: string): PatternFix => {
  return () => `service.loadBalancer.setAttribute('${key}', '${value}')`;
};

/** By duty id: the fix through an ecs-patterns construct, or undefined where the pattern has no prop for it. */
const ECS_PATTERN_FIXES: Readonly<Record<string, PatternFix>> = {
  'elbv2-listener-http-redirect': (p) =>
    p.startsWith('ApplicationLoadBalanced')
      ? `new ecsPatterns.${p}(this, id, { protocol: elbv2.ApplicationProtocol.HTTPS, redirectHTTP: true, certificate, ... })`
      : undefined,
  'elbv2-listener-tls-policy': (p) =>
    p.startsWith('ApplicationLoadBalanced')
      ? `new ecsPatterns.${p}(this, id, { protocol: elbv2.ApplicationProtocol.HTTPS, certificate, sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS, ... })`
      : undefined,
  'elbv2-load-balancer-access-logs': () => "service.loadBalancer.logAccessLogs(logBucket, 'alb')",
  'elbv2-alb-drop-invalid-headers': setAttribute('routing.http.drop_invalid_header_fields.enabled', 'true'),
  'elbv2-alb-desync-mitigation': setAttribute('routing.http.desync_mitigation_mode', 'defensive'),
  'elbv2-load-balancer-deletion-protection': setAttribute('deletion_protection.enabled', 'true'),
  'ecs-service-no-public-ip': (p) =>
    p.includes('Fargate') ? `new ecsPatterns.${p}(this, id, { assignPublicIp: false, ... }) (the default)` : undefined,
  'ecs-service-fargate-latest-platform': (p) =>
    p.includes('Fargate') ? `new ecsPatterns.${p}(this, id, { platformVersion: ecs.FargatePlatformVersion.LATEST, ... })` : undefined,
};

/** Duties whose L2 fix calls `alb.logAccessLogs`, which needs the stack's Region at synth. */
const NEEDS_REGION = new Set(['elbv2-load-balancer-access-logs']);

/**
 * The fix for a duty on the resource owned by `owner`, where the catalog's generic fix would not
 * work there; undefined where it does.
 */
export function patternFix(dutyId: string, owner: IConstruct, catalogFix: string | undefined): string | undefined {
  const pattern = enclosingPattern(owner);
  let fix: string | undefined;
  if (pattern?.fqn === ES_DOMAIN && pattern.construct === owner) {
    fix = esDomainFix(catalogFix);
  } else if (pattern?.fqn.startsWith(ECS_PATTERNS)) {
    fix = ECS_PATTERN_FIXES[dutyId]?.(pattern.fqn.slice(ECS_PATTERNS.length));
  } else if (pattern?.fqn === LAMBDA_REST_API && catalogFix?.includes('new apigateway.RestApi(this, id, {')) {
    // LambdaRestApi takes every RestApi prop, so the same setting goes on the pattern.
    fix = catalogFix.replace('new apigateway.RestApi(this, id, {', 'new apigateway.LambdaRestApi(this, id, { handler,');
  }
  if (NEEDS_REGION.has(dutyId) && Token.isUnresolved(Stack.of(owner).region)) {
    fix = `give the stack an explicit env: { region } (logAccessLogs throws "Region is required" in an environment-agnostic stack), then ${fix ?? catalogFix ?? ''}`;
  }
  return fix;
}
