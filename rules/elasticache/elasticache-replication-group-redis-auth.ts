import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS, cacheEngine, isRedisCompatible } from './helpers';

export default defineDuty({
  id: 'elasticache-replication-group-redis-auth',
  title: 'ElastiCache replication group (Redis OSS or Valkey) authenticates its clients',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'ElastiCache checks a Redis AUTH token on every connection when AuthToken is set (which requires in-transit encryption); Redis OSS 6.0 and later and Valkey also support role-based access control with user groups. With neither, every client that reaches the endpoint connects as the default user with full access. Security Hub ElastiCache.6 evaluates only versions before 6.0.',
  customerSide:
    "Who may run commands against the cache is the customer's: set an AUTH token, or on Redis OSS 6+ and Valkey attach a user group (RBAC), or any client that reaches the endpoint has full access.",
  severity: 'warning',
  remediation: {
    l1: 'AuthToken: a secret token (with TransitEncryptionEnabled: true), or on Redis OSS 6+ / Valkey UserGroupIds with a user group whose default user is disabled or has a password',
  },
  controls: { fsbp: ['ElastiCache.6'], nist: [...NIST.iamAuth] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-6`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-authtoken`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-usergroupids`,
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html',
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html',
  ],
  messages: {
    noAuth:
      'The replication group sets neither AuthToken nor UserGroupIds, so any client that reaches the endpoint connects unauthenticated (on Redis OSS 6+ and Valkey, as the default user) with full access.',
  },
  evaluate(ctx) {
    const engine = cacheEngine(ctx.resource.type, ctx.props);
    if (!isRedisCompatible(engine)) return notApplicable(`clients of engine ${engine} are not authenticated by AUTH or RBAC`);
    if (ctx.props.at('AuthToken').isSet()) return configured('AuthToken is set');
    // Redis OSS before 6.0 has no RBAC, so UserGroupIds there would fail to deploy; the token is what counts.
    if ((ctx.props.at('UserGroupIds').list() ?? []).length > 0) return configured('UserGroupIds is set (RBAC)');
    return unconfigured('noAuth');
  },
});
