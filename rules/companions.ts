import type { Duty } from '../lib/model/duty';

/**
 * The resources a fix asks the user to make (a log bucket, a log group, a web ACL, a KMS key),
 * each written once as compiled code in examples/companions so that it meets its own duties: following
 * the messages converges in one round instead of each new resource raising findings of its own.
 * docs/fixes.md shows their code and is generated from these files (`npm run docs`).
 *
 * This file is data only: reports load it without aws-cdk-lib.
 */
export interface Companion {
  /** The anchor in docs/fixes.md. */
  readonly id: string;
  /** The variable the fixes name, and the function of examples/companions/<id>.ts that makes it. */
  readonly name: string;
  readonly builder: string;
  /** Duties whose fix names this resource. */
  readonly duties: readonly string[];
}

export const COMPANIONS: readonly Companion[] = [
  {
    id: 'log-bucket',
    name: 'logBucket',
    builder: 'logBucket',
    duties: [
      'cloudtrail-trail-bucket-access-logging',
      'elb-classic-access-logs',
      'elbv2-load-balancer-access-logs',
      's3-bucket-server-access-logging',
    ],
  },
  {
    id: 'log-group',
    name: 'logGroup',
    builder: 'logGroup',
    duties: [
      'apigateway-rest-stage-access-logging',
      'apigatewayv2-stage-access-logging',
      'codebuild-project-logging',
      'ec2-client-vpn-endpoint-connection-logging',
      'ec2-vpn-connection-tunnel-logging',
      'logs-log-group-kms-key',
      'msk-cluster-broker-logs',
      'ssm-session-document-logging',
      'stepfunctions-state-machine-logging',
    ],
  },
  {
    id: 'web-acl',
    name: 'webAcl',
    builder: 'webAcl',
    duties: [
      'apigateway-stage-waf',
      'cloudfront-distribution-waf',
      'elbv2-alb-waf',
      'wafv2-rule-metrics',
      'wafv2-web-acl-has-rules',
      'wafv2-web-acl-logging',
    ],
  },
  {
    id: 'backup-plan',
    name: 'backupPlan',
    builder: 'backupPlan',
    duties: ['ec2-volume-backup-plan', 'efs-file-system-backup', 'rds-cluster-in-backup-plan', 'rds-instance-in-backup-plan'],
  },
  {
    id: 'encryption-key',
    name: 'key',
    builder: 'encryptionKey',
    duties: [
      'backup-vault-kms-key',
      'cloudtrail-trail-kms-encryption',
      'data-store-sensitive-customer-managed-key',
      'dynamodb-table-customer-managed-key',
      'ecr-repository-kms-encryption',
      'events-bus-kms-key',
      'firehose-delivery-stream-encrypted',
      'fsx-file-system-kms-key',
      'lambda-function-env-encryption-cmk',
      'logs-log-group-kms-key',
      'rds-cluster-storage-encrypted',
      'rds-instance-storage-encrypted',
      's3-bucket-customer-managed-key',
      'sns-topic-kms-encryption',
      'stepfunctions-state-machine-kms-key',
    ],
  },
];

const BY_DUTY = new Map<string, string[]>();
for (const c of COMPANIONS) for (const d of c.duties) BY_DUTY.set(d, [...(BY_DUTY.get(d) ?? []), c.id]);

/** The duty with the companions its fix names, as the catalog holds it. */
export function withCompanions<D extends Duty>(duty: D): D {
  const companions = BY_DUTY.get(duty.id);
  return companions ? { ...duty, remediation: { ...duty.remediation, companions } } : duty;
}
