import type { Attachments, EvaluationContext } from '../../lib/model/context';
import type { ResourceRecord } from '../../lib/model/resource';
import { Value } from '../../lib/model/value';
import { configured, unconfigured, type Verdict } from '../../lib/model/verdict';

/**
 * Readers shared by the RDS instance and cluster duties (and the NIST 800-53 r5 sets that the
 * Security Hub control reference maps to each kind of check, reused by the other database services).
 */

/** NIST 800-53 r5 ids Security Hub maps to each kind of check (RDS.3, RDS.2, RDS.11, ... control pages). */
export const NIST = {
  encryptionAtRest: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  publicAccess: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
  notPublic: [
    'AC-21',
    'AC-3',
    'AC-3(7)',
    'AC-4',
    'AC-4(21)',
    'AC-6',
    'SC-7',
    'SC-7(11)',
    'SC-7(16)',
    'SC-7(20)',
    'SC-7(21)',
    'SC-7(3)',
    'SC-7(4)',
    'SC-7(9)',
  ],
  backups: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
  deletionProtection: ['CM-3', 'SC-5(2)', 'SI-13(5)'],
  patching: ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  iamAuth: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  highAvailability: ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'],
  monitoring: ['CA-7', 'SI-2'],
  logging: [
    'AC-2(4)',
    'AC-4(26)',
    'AC-6(9)',
    'AU-10',
    'AU-12',
    'AU-2',
    'AU-3',
    'AU-6(3)',
    'AU-6(4)',
    'CA-7',
    'SC-7(10)',
    'SC-7(9)',
    'SI-3(8)',
    'SI-4(20)',
    'SI-7(8)',
  ],
  inventory: ['CA-9(1)', 'CM-2', 'CM-2(2)'],
  configuration: ['CA-9(1)', 'CM-2'],
  /** ElastiCache.5 / Opensearch.8: encryption in transit for client connections. */
  tls: ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
  /** Redshift.2 / Opensearch.3: encryption in transit. */
  transit: ['AC-4', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)'],
} as const;

export const RDS_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html';
export const CFN_INSTANCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html';
export const CFN_CLUSTER = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html';

/** The `Engine` property, lower-cased (CloudFormation accepts any case). */
export function engineOf(props: Value): string | undefined {
  return props.at('Engine').str()?.toLowerCase();
}

export function isAurora(engine: string | undefined): boolean {
  return engine !== undefined && engine.startsWith('aurora');
}

export function isSqlServer(engine: string | undefined): boolean {
  return engine !== undefined && engine.startsWith('sqlserver');
}

export function isOracle(engine: string | undefined): boolean {
  return engine !== undefined && engine.startsWith('oracle');
}

/**
 * Whether a DB instance belongs to a DB cluster (an Aurora instance), and the cluster when it is in the template.
 * An instance of an Aurora engine is a cluster member even when it names no cluster: Aurora instances only
 * exist in a DB cluster, which holds their storage, backups and encryption, so they are never judged as a
 * standalone instance (without DBClusterIdentifier the template fails to deploy).
 */
export function clusterOf(ctx: EvaluationContext): { member: false } | { member: true; cluster?: ResourceRecord } {
  const id = ctx.props.at('DBClusterIdentifier');
  if (!id.isSet()) {
    const engine = ctx.props.at('Engine');
    return !engine.isToken && isAurora(engine.str()?.toLowerCase()) ? { member: true } : { member: false };
  }
  const target = ctx.target(id);
  return { member: true, cluster: target?.type === 'AWS::RDS::DBCluster' ? target : undefined };
}

/** The property that makes a DB instance a read replica or a restore whose settings are inherited, if any. */
export function inheritedFrom(props: Value): string | undefined {
  for (const name of [
    'SourceDBInstanceIdentifier',
    'SourceDbiResourceId',
    'SourceDBInstanceAutomatedBackupsArn',
    'DBSnapshotIdentifier',
    'SourceDBClusterIdentifier',
  ]) {
    if (props.at(name).isSet()) return name;
  }
  return undefined;
}

export function isReadReplica(props: Value): boolean {
  return props.at('SourceDBInstanceIdentifier').isSet() || props.at('SourceDbiResourceId').isSet();
}

/** Major and minor numbers of an engine version: "16" -> [16, 0], "8.0.mysql_aurora.3.08.0" -> [8, 0]. */
export function versionOf(version: string | undefined): [number, number] | undefined {
  if (version === undefined) return undefined;
  const m = /^(\d+)(?:\.(\d+))?/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}

export function versionAtLeast(v: [number, number], major: number, minor = 0): boolean {
  return v[0] > major || (v[0] === major && v[1] >= minor);
}

/** A DB parameter group named by an instance or cluster. */
export type ParameterGroup =
  | { readonly kind: 'default'; readonly name?: string }
  | { readonly kind: 'in-template'; readonly record: ResourceRecord; readonly parameters: Value }
  | { readonly kind: 'external'; readonly name: string };

/**
 * Which parameter group a `DBParameterGroupName` / `DBClusterParameterGroupName` value names:
 * absent or `default.*` is the engine's default group; a Ref to a group of `type` in the template is
 * read; any other name is a group outside the template.
 */
export function parameterGroupOf(ctx: EvaluationContext, value: Value, type: string): ParameterGroup {
  if (!value.isSet()) return { kind: 'default' };
  const target = ctx.target(value);
  if (target && target.type === type) return { kind: 'in-template', record: target, parameters: ctx.propsOf(target).at('Parameters') };
  const name = value.str()!;
  if (name.startsWith('default.')) return { kind: 'default', name };
  return { kind: 'external', name };
}

/**
 * The master user name: a literal, or the `username` of the secret CDK generates for the L2
 * constructs (`Credentials.fromGeneratedSecret`), whose `SecretStringTemplate` is read through the
 * `{{resolve:secretsmanager:<Ref>:SecretString:username::}}` reference CDK renders. A parameter, an
 * import, or any other dynamic reference cannot be read and makes the duty unknown.
 */
export function masterUsernameOf(ctx: EvaluationContext, value: Value): { name: string; from: string } | undefined {
  const secret = generatedSecretOf(ctx, value);
  if (secret) {
    const template = ctx.propsOf(secret).at('GenerateSecretString.SecretStringTemplate').str();
    if (template !== undefined) {
      const parsed = parseJson(template);
      if (parsed && typeof parsed.username === 'string') return { name: parsed.username, from: `the generated secret ${secret.logicalId}` };
    }
  }
  const name = value.str();
  return name === undefined ? undefined : { name, from: 'MasterUsername' };
}

function generatedSecretOf(ctx: EvaluationContext, value: Value): ResourceRecord | undefined {
  const join = value.intrinsic?.['Fn::Join'];
  if (!Array.isArray(join) || join[0] !== '' || !Array.isArray(join[1]) || join[1].length !== 3) return undefined;
  const [head, ref, tail] = join[1] as unknown[];
  if (head !== '{{resolve:secretsmanager:' || tail !== ':SecretString:username::}}') return undefined;
  const target = ctx.target(new Value(ref, value.path));
  return target?.type === 'AWS::SecretsManager::Secret' ? target : undefined;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The default master user names the Config rules behind RDS.24/RDS.25 treat as defaults. */
export const DEFAULT_ADMIN_NAMES = ['admin', 'postgres'];

/**
 * TLS enforcement for a DB engine through its parameter group, per the RDS and Aurora user guides:
 * PostgreSQL and SQL Server use rds.force_ssl=1, MySQL and MariaDB require_secure_transport=ON.
 */
export interface TlsParameter {
  readonly name: string;
  readonly required: string;
  readonly isOn: (value: string) => boolean;
  /** Whether the engine's default parameter group requires TLS; undefined when that depends on a version we cannot tell. */
  readonly defaultOn: boolean | undefined;
  /** Set when the engine version cannot require TLS at all. */
  readonly unsupported?: string;
}

const on = (v: string) => ['1', 'on', 'true'].includes(v.trim().toLowerCase());

export function tlsParameterFor(engine: string, version: string | undefined): TlsParameter | undefined {
  const v = versionOf(version);
  if (engine === 'postgres') {
    return { name: 'rds.force_ssl', required: '1', isOn: on, defaultOn: v === undefined ? undefined : v[0] >= 15 };
  }
  if (isSqlServer(engine)) return { name: 'rds.force_ssl', required: '1', isOn: on, defaultOn: false };
  // Aurora PostgreSQL, every version 17 included: AWS documents rds.force_ssl as 0 (off) by default, with no version
  // exception (ssl-certificate-rotation-aurora-postgresql.html, the Aurora PostgreSQL SSL knowledge-center article);
  // the default of 1 from version 15 is RDS for PostgreSQL's, not Aurora's.
  if (engine === 'aurora-postgresql') return { name: 'rds.force_ssl', required: '1', isOn: on, defaultOn: false };
  if (engine === 'mysql') {
    let defaultOn: boolean | undefined;
    if (v !== undefined) defaultOn = versionAtLeast(v, 9, 7) ? true : !versionAtLeast(v, 9, 0) ? false : undefined;
    return { name: 'require_secure_transport', required: 'ON', isOn: on, defaultOn };
  }
  if (engine === 'mariadb') {
    if (v !== undefined && !versionAtLeast(v, 10, 5)) {
      return {
        name: 'require_secure_transport',
        required: 'ON',
        isOn: on,
        defaultOn: false,
        unsupported: `MariaDB ${version} predates require_secure_transport (10.5 and later)`,
      };
    }
    let defaultOn: boolean | undefined;
    if (v !== undefined) defaultOn = versionAtLeast(v, 11, 8) ? true : !versionAtLeast(v, 11, 5) ? false : undefined;
    return { name: 'require_secure_transport', required: 'ON', isOn: on, defaultOn };
  }
  if (engine === 'aurora-mysql' || engine === 'aurora')
    return { name: 'require_secure_transport', required: 'ON', isOn: on, defaultOn: false };
  return undefined;
}

export type TlsOutcome =
  | { readonly kind: 'on'; readonly note: string }
  | { readonly kind: 'off'; readonly detail: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Whether the parameter group an instance or cluster uses requires TLS for `engine`. */
export function tlsEnforcement(group: ParameterGroup, tls: TlsParameter, engine: string, version: string | undefined): TlsOutcome {
  if (tls.unsupported) return { kind: 'off', detail: tls.unsupported };
  const familyDefault = (where: string): TlsOutcome => {
    if (tls.defaultOn === undefined) {
      return {
        kind: 'unknown',
        reason: `${where} leaves ${tls.name} at the default of ${engine} ${version ?? '(engine version not set, chosen by RDS)'}, which differs between engine versions`,
      };
    }
    return tls.defaultOn
      ? { kind: 'on', note: `${where} leaves ${tls.name} at its ${engine} ${version} default, which requires TLS` }
      : {
          kind: 'off',
          detail: `${where} leaves ${tls.name} at its default, which does not require TLS for ${engine}${version ? ` ${version}` : ''}.`,
        };
  };
  if (group.kind === 'default')
    return familyDefault(group.name ? `The default parameter group ${group.name}` : 'The default parameter group');
  if (group.kind === 'external') {
    return { kind: 'unknown', reason: `the parameter group '${group.name}' is not defined in this app, so its ${tls.name} cannot be read` };
  }
  const keys = group.parameters.keys() ?? [];
  if (!keys.includes(tls.name)) return familyDefault(`The parameter group ${group.record.logicalId}`);
  // child(): parameter names such as 'rds.force_ssl' contain a dot, which at() would split on.
  const value = group.parameters.child(tls.name).str() ?? '';
  return tls.isOn(value)
    ? { kind: 'on', note: `the parameter group ${group.record.logicalId} sets ${tls.name}=${value}` }
    : {
        kind: 'off',
        detail: `The parameter group ${group.record.logicalId} sets ${tls.name} to '${value}', so connections without TLS are accepted.`,
      };
}

/** Log types RDS.9 expects each engine to publish to CloudWatch Logs. */
export function requiredLogTypes(engine: string): string[] | undefined {
  if (engine === 'postgres') return ['postgresql', 'upgrade'];
  if (engine === 'mysql' || engine === 'mariadb') return ['audit', 'error', 'general', 'slowquery'];
  if (isSqlServer(engine)) return ['agent', 'error'];
  if (isOracle(engine)) return ['alert', 'audit', 'listener', 'trace'];
  return undefined;
}

/** Default port of each RDS engine when `Port` is absent (CloudFormation DBInstance reference). */
export function defaultPort(engine: string): number | undefined {
  if (engine === 'mysql' || engine === 'mariadb') return 3306;
  if (engine === 'postgres') return 5432;
  if (isSqlServer(engine)) return 1433;
  if (isOracle(engine)) return 1521;
  if (engine.startsWith('db2')) return 50000;
  return undefined;
}

/**
 * Whether an `AWS::RDS::EventSubscription` in the app sends the given event categories for this
 * resource: `SourceType` equal to `sourceType` (or absent: all sources), `SourceIds` absent or
 * naming this resource, `EventCategories` absent (all) or containing every category, not disabled.
 */
export function eventSubscriptionFor(
  ctx: EvaluationContext,
  sourceType: string,
  categories: readonly string[],
  identifierProperty: string,
): string | undefined {
  for (const sub of ctx.index.ofType('AWS::RDS::EventSubscription')) {
    const props = ctx.propsOf(sub);
    if (props.at('Enabled').bool() === false) continue;
    const type = props.at('SourceType').str();
    if (type !== undefined && type !== sourceType) continue;
    const ids = props.at('SourceIds').list();
    if (ids !== undefined) {
      const names = ids.some((id) => {
        const target = sub.stackPath === ctx.resource.stackPath ? ctx.target(id) : undefined;
        if (target) return target === ctx.resource;
        const name = id.str(); // a parameter or an import cannot be matched: unknown
        const ownId = ctx.props.at(identifierProperty).str();
        return ownId !== undefined && name?.toLowerCase() === ownId.toLowerCase();
      });
      if (!names) continue;
    }
    const subscribed = (props.at('EventCategories').list() ?? []).map((c) => c.str()?.toLowerCase());
    if (subscribed.length > 0 && !categories.every((c) => subscribed.includes(c))) continue;
    return sub.logicalId;
  }
  return undefined;
}

/**
 * DB instances in the template that belong to this DB cluster: by a Ref to it, or by its literal
 * DBClusterIdentifier (RDS stores identifiers in lower case, so they match case-insensitively). Those
 * whose DBClusterIdentifier may name it (an Fn::If, a parameter) are settled with `settle`.
 */
export function membersOf(ctx: EvaluationContext): Pick<Attachments, 'sure' | 'settle'> {
  const attached = ctx.attachments('AWS::RDS::DBInstance', 'DBClusterIdentifier');
  const own = ctx.props.at('DBClusterIdentifier');
  const name = !own.isToken ? own.str()?.toLowerCase() : undefined;
  const named =
    name === undefined
      ? []
      : ctx.index.ofType('AWS::RDS::DBInstance').filter((i) => {
          if (i.stackPath !== ctx.resource.stackPath || attached.sure.includes(i)) return false;
          const id = ctx.propsOf(i).at('DBClusterIdentifier');
          return !id.isToken && id.str()?.toLowerCase() === name;
        });
  return { sure: [...attached.sure, ...named], settle: (decides) => attached.settle(decides) };
}

/** A Multi-AZ DB cluster (RDS for MySQL/PostgreSQL with readable standbys) rather than an Aurora cluster. */
export function isMultiAzDbCluster(props: Value): boolean {
  return props.at('DBClusterInstanceClass').isSet();
}

/** The property through which a DB cluster inherits its data (restore, clone, replica, global secondary), if any. */
export function clusterInheritedFrom(props: Value): string | undefined {
  for (const name of ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier']) {
    if (props.at(name).isSet()) return name;
  }
  return undefined;
}

/**
 * Automated-backup retention of an RDS-family DB cluster (Aurora, DocumentDB, Neptune): the
 * messages and evaluator the three duties share. CloudFormation keeps 1 day when
 * BackupRetentionPeriod is not set; Security Hub expects at least 7.
 */
export const CLUSTER_BACKUP_RETENTION = {
  messages: {
    notSet: 'BackupRetentionPeriod is not set, so automated backups are kept for the default 1 day (at least 7 are expected).',
    short: 'BackupRetentionPeriod is {days} days (at least 7 are expected).',
  },
  evaluate(ctx: EvaluationContext): Verdict<'notSet' | 'short'> {
    const days = ctx.props.at('BackupRetentionPeriod').num();
    if (days === undefined) return unconfigured('notSet');
    if (days < MINIMUM_BACKUP_DAYS) return unconfigured('short', { days });
    return configured(`BackupRetentionPeriod is ${days} days`);
  },
};

/** The retention Security Hub expects of automated backups (RDS.11, DocumentDB.2, Neptune.5). */
export const MINIMUM_BACKUP_DAYS = 7;
