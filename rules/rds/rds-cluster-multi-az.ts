import { defineDuty } from '../../lib/model/duty';
import { zoneKey } from '../../lib/model/evidence/zones';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS, isMultiAzDbCluster, membersOf } from './helpers';

export default defineDuty({
  id: 'rds-cluster-multi-az',
  title: 'RDS DB cluster has instances in more than one Availability Zone',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'A Multi-AZ DB cluster always runs a writer and two readable standbys in three Availability Zones; an Aurora cluster replicates storage across three zones but fails over to another zone only if it has an Aurora Replica, which the customer must create.',
  customerSide:
    "Compute availability of an Aurora cluster is the customer's design: with a single DB instance a zone or instance failure means an outage until RDS recreates it, so at least one reader is needed.",
  severity: 'warning',
  remediation: {
    l2: "new rds.DatabaseCluster(this, id, { engine, vpc, writer: rds.ClusterInstance.provisioned('writer'), readers: [rds.ClusterInstance.provisioned('reader')] })",
    l1: 'a second AWS::RDS::DBInstance with DBClusterIdentifier of the cluster (in another Availability Zone)',
  },
  controls: { fsbp: ['RDS.15'], nist: [...NIST.highAvailability] },
  sources: [
    `${RDS_CONTROLS}#rds-15`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html',
    `${CFN_CLUSTER}#cfn-rds-dbcluster-dbclusterinstanceclass`,
  ],
  messages: {
    single: 'The DB cluster has {count} DB instance in this app ({instances}), so it cannot fail over to another Availability Zone.',
    sameZone: 'All DB instances of the cluster ({instances}) are pinned to Availability Zone {zone}.',
  },
  evaluate(ctx) {
    if (isMultiAzDbCluster(ctx.props))
      return configured('a Multi-AZ DB cluster (DBClusterInstanceClass set) runs a writer and two readers in three Availability Zones');
    if (ctx.props.at('EngineMode').str() === 'serverless')
      return notApplicable('Aurora Serverless v1 clusters have no DB instances of their own');
    const attached = membersOf(ctx);
    const members = attached.sure;
    if (members.length === 0) {
      attached.settle();
      return unknown('no DB instance in the same template names this cluster, by a Ref or by its DBClusterIdentifier');
    }
    const names = members.map((m) => m.logicalId).join(', ');
    // An instance that may belong to the cluster (an Fn::If, a parameter) could add a second Availability Zone.
    if (members.length === 1) {
      attached.settle();
      return unconfigured('single', { count: 1, instances: names });
    }
    // Fn::Select of distinct indexes over Fn::GetAZs names distinct zones: the template decides it.
    const zones = members.map((m) => {
      const az = ctx.propsOf(m).at('AvailabilityZone');
      return az.raw === undefined ? undefined : zoneKey(az);
    });
    if (zones.every((z) => z !== undefined && z === zones[0])) {
      attached.settle();
      return unconfigured('sameZone', { instances: names, zone: zones[0]! });
    }
    return configured(`${members.length} DB instances (${names})`);
  },
});
