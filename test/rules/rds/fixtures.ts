import { CfnParameter, Fn, type Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import type { IConstruct } from 'constructs';

/** A small VPC with isolated subnets only (no NAT, no internet gateway). */
export function isolatedVpc(stack: Stack): { vpc: ec2.Vpc; vpcSubnets: ec2.SubnetSelection } {
  const existing = stack.node.tryFindChild('Vpc') as ec2.Vpc | undefined;
  const vpc =
    existing ??
    new ec2.Vpc(stack, 'Vpc', {
      natGateways: 0,
      maxAzs: 2,
      subnetConfiguration: [{ name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
  return { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } };
}

export const PG16 = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 });
export const PG14 = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_14 });
export const MYSQL80 = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 });
export const AURORA_MYSQL = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 });
export const AURORA_PG = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 });

/** An L2 DatabaseInstance at `Db` (PostgreSQL 16 unless an engine is given). */
export function instance(stack: Stack, props: Partial<rds.DatabaseInstanceProps> = {}): rds.DatabaseInstance {
  return new rds.DatabaseInstance(stack, 'Db', { engine: PG16, ...isolatedVpc(stack), ...props });
}

/** An L2 DatabaseCluster at `Cluster` with one writer (Aurora MySQL unless an engine is given). */
export function cluster(stack: Stack, props: Partial<rds.DatabaseClusterProps> = {}): rds.DatabaseCluster {
  return new rds.DatabaseCluster(stack, 'Cluster', {
    engine: AURORA_MYSQL,
    writer: rds.ClusterInstance.provisioned('writer'),
    ...isolatedVpc(stack),
    ...props,
  });
}

/** A bare L1 DB instance at `Raw`. */
export function rawInstance(stack: Stack, props: Partial<rds.CfnDBInstanceProps> = {}): rds.CfnDBInstance {
  return new rds.CfnDBInstance(stack, 'Raw', {
    engine: 'postgres',
    engineVersion: '16.4',
    dbInstanceClass: 'db.t3.micro',
    allocatedStorage: '20',
    masterUsername: 'dbmaster',
    ...props,
  });
}

/** A bare L1 Aurora MySQL DB cluster at `Raw`. */
export function rawCluster(stack: Stack, props: Partial<rds.CfnDBClusterProps> = {}): rds.CfnDBCluster {
  return new rds.CfnDBCluster(stack, 'Raw', {
    engine: 'aurora-mysql',
    engineVersion: '8.0.mysql_aurora.3.08.0',
    masterUsername: 'dbmaster',
    ...props,
  });
}

/** Escape hatch on the L2's CloudFormation resource. */
export function override(construct: IConstruct, path: string, value: unknown): void {
  (construct.node.defaultChild as rds.CfnDBInstance).addPropertyOverride(path, value);
}

/** A value that cannot be resolved at synth. */
export function parameter(stack: Stack, id = 'Param', type = 'String'): string {
  return new CfnParameter(stack, id, { type }).valueAsString;
}

export function imported(name = 'SharedValue'): string {
  return Fn.importValue(name);
}
