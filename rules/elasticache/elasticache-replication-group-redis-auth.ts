import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST, versionOf } from '../rds/helpers';
import { CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS, cacheEngine } from './helpers';

export default defineDuty({
  id: 'elasticache-replication-group-redis-auth',
  title: 'ElastiCache replication group on Redis OSS before 6.0 uses Redis AUTH',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'ElastiCache checks a Redis AUTH token on every connection when AuthToken is set (which requires in-transit encryption); Redis OSS 6.0 and later and Valkey also support role-based access control with user groups.',
  customerSide:
    "Who may run commands against the cache is the customer's: Redis OSS versions before 6.0 cannot use RBAC, so they need an AUTH token or any client that reaches the endpoint has full access.",
  severity: 'warning',
  remediation: {
    l1: 'AuthToken: a secret token (with TransitEncryptionEnabled: true), or upgrade to Redis OSS 6+ / Valkey and use UserGroupIds',
  },
  controls: { fsbp: ['ElastiCache.6'], nist: [...NIST.iamAuth] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-6`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-authtoken`,
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html',
  ],
  messages: {
    noAuth: 'The replication group runs Redis OSS {version} and sets no AuthToken or UserGroupIds, so clients are not authenticated.',
  },
  evaluate(ctx) {
    const engine = cacheEngine(ctx.resource.type, ctx.props);
    if (engine !== 'redis') return notApplicable(`ElastiCache.6 evaluates Redis OSS before 6.0, not engine ${engine}`);
    const version = ctx.props.at('EngineVersion').str();
    const v = versionOf(version);
    if (v === undefined || v[0] >= 6)
      return notApplicable(
        `Redis OSS ${version ?? '(engine default, 6.0 or later)'} supports RBAC; ElastiCache.6 evaluates versions before 6.0`,
      );
    if (ctx.props.at('AuthToken').isSet()) return configured('AuthToken is set');
    if ((ctx.props.at('UserGroupIds').list() ?? []).length > 0) return configured('UserGroupIds is set');
    return unconfigured('noAuth', { version: version! });
  },
});
