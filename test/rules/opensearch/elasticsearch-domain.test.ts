import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as es from 'aws-cdk-lib/aws-elasticsearch';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';
import { imported, isolatedVpc, parameter } from '../rds/fixtures';
import { esDomain, overrideEs, rawEsDomain } from './fixtures';

// The OpenSearch duties on the legacy AWS::Elasticsearch::Domain type (aws-cdk-lib/aws-elasticsearch
// and older templates), whose cluster settings sit under ElasticsearchClusterConfig.

const SECURE: Partial<es.DomainProps> = { encryptionAtRest: { enabled: true }, nodeToNodeEncryption: true, enforceHttps: true };

dutyCases('opensearch-domain-encrypted-at-rest', [
  { name: 'the legacy L2 domain sets encryptionAtRest', build: (s) => esDomain(s, SECURE), path: 'Legacy', expect: 'configured' },
  { name: 'the legacy L2 domain keeps its defaults', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  { name: 'a legacy L1 domain sets no EncryptionAtRestOptions', build: (s) => rawEsDomain(s), path: 'RawLegacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain is encrypted by an escape-hatch override',
    build: (s) => overrideEs(esDomain(s), 'EncryptionAtRestOptions.Enabled', true),
    path: 'Legacy',
    expect: 'configured',
  },
  {
    name: 'the legacy domain takes Enabled from a parameter',
    build: (s) => overrideEs(esDomain(s), 'EncryptionAtRestOptions.Enabled', parameter(s, 'Encrypt')),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-node-to-node-encryption', [
  { name: 'the legacy L2 domain sets nodeToNodeEncryption', build: (s) => esDomain(s, SECURE), path: 'Legacy', expect: 'configured' },
  { name: 'the legacy L2 domain keeps its defaults', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain takes Enabled from a parameter',
    build: (s) => overrideEs(esDomain(s), 'NodeToNodeEncryptionOptions.Enabled', parameter(s, 'Ntn')),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-enforce-https', [
  {
    name: 'the legacy L2 domain enforces HTTPS with the TLS 1.2 policy',
    build: (s) => esDomain(s, { ...SECURE, tlsSecurityPolicy: es.TLSSecurityPolicy.TLS_1_2 }),
    path: 'Legacy',
    expect: 'configured',
  },
  {
    name: 'the legacy L2 domain enforces HTTPS but keeps the default TLS 1.0 policy',
    build: (s) => esDomain(s, SECURE),
    path: 'Legacy',
    expect: 'unconfigured',
  },
  { name: 'a legacy L1 domain sets no DomainEndpointOptions', build: (s) => rawEsDomain(s), path: 'RawLegacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain takes its TLS policy from a parameter',
    build: (s) => overrideEs(esDomain(s, SECURE), 'DomainEndpointOptions.TLSSecurityPolicy', parameter(s, 'Tls')),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-error-logs', [
  {
    name: 'the legacy L2 domain enables appLogEnabled',
    build: (s) => esDomain(s, { logging: { appLogEnabled: true } }),
    path: 'Legacy',
    expect: 'configured',
  },
  { name: 'the legacy L2 domain keeps its defaults', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain takes Enabled from a parameter',
    build: (s) =>
      overrideEs(esDomain(s), 'LogPublishingOptions.ES_APPLICATION_LOGS', {
        Enabled: parameter(s, 'Logs'),
        CloudWatchLogsLogGroupArn: 'arn',
      }),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-audit-logs', [
  {
    name: 'the legacy L2 domain enables audit logs with fine-grained access control',
    build: (s) => esDomain(s, { ...SECURE, fineGrainedAccessControl: { masterUserName: 'admin' }, logging: { auditLogEnabled: true } }),
    path: 'Legacy',
    expect: 'configured',
  },
  { name: 'the legacy L2 domain keeps its defaults', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain takes Enabled from a parameter',
    build: (s) =>
      overrideEs(esDomain(s), 'LogPublishingOptions.AUDIT_LOGS', { Enabled: parameter(s, 'Audit'), CloudWatchLogsLogGroupArn: 'arn' }),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-in-vpc', [
  {
    name: 'the legacy L2 domain is placed in private subnets',
    build: (s) => {
      const { vpc } = isolatedVpc(s);
      esDomain(s, { vpc, vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED, availabilityZones: [vpc.availabilityZones[0]] }] });
    },
    path: 'Legacy',
    expect: 'configured',
  },
  { name: 'the legacy L2 domain keeps its defaults (public endpoint)', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain imports its subnet list',
    build: (s) => overrideEs(esDomain(s), 'VPCOptions.SubnetIds', imported('SearchSubnets')),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-access-policy-not-public', [
  {
    name: 'the legacy L1 domain allows only a role',
    build: (s) =>
      rawEsDomain(s, {
        accessPolicies: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:role/app' }, Action: 'es:ESHttp*', Resource: '*' }],
        },
      }),
    path: 'RawLegacy',
    expect: 'configured',
  },
  {
    name: 'the legacy L1 domain allows anyone',
    build: (s) =>
      rawEsDomain(s, {
        accessPolicies: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: '*' }] },
      }),
    path: 'RawLegacy',
    expect: 'unconfigured',
  },
  {
    name: 'the legacy L2 domain applies its accessPolicies through the Custom::ElasticsearchAccessPolicy resource',
    build: (s) =>
      esDomain(s, {
        accessPolicies: [
          new iam.PolicyStatement({ principals: [new iam.AccountRootPrincipal()], actions: ['es:ESHttpGet'], resources: ['*'] }),
        ],
      }),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-fine-grained-access-control', [
  {
    name: 'the legacy L2 domain sets fineGrainedAccessControl',
    build: (s) => esDomain(s, { ...SECURE, fineGrainedAccessControl: { masterUserName: 'admin' } }),
    path: 'Legacy',
    expect: 'configured',
  },
  { name: 'the legacy L2 domain keeps its defaults', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain takes Enabled from a parameter',
    build: (s) => overrideEs(esDomain(s), 'AdvancedSecurityOptions.Enabled', parameter(s, 'Fgac')),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-data-node-fault-tolerance', [
  {
    name: 'the legacy L2 domain has three data nodes with zone awareness',
    build: (s) => esDomain(s, { capacity: { dataNodes: 3 }, zoneAwareness: { enabled: true, availabilityZoneCount: 3 } }),
    path: 'Legacy',
    expect: 'configured',
  },
  { name: 'the legacy L2 domain keeps its single data node', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  {
    name: 'a legacy L1 domain has three nodes in ElasticsearchClusterConfig but no zone awareness',
    build: (s) => rawEsDomain(s, { elasticsearchClusterConfig: { instanceCount: 3 } }),
    path: 'RawLegacy',
    expect: 'unconfigured',
  },
  {
    name: 'the legacy domain takes its node count from a parameter',
    build: (s) =>
      overrideEs(esDomain(s), 'ElasticsearchClusterConfig.InstanceCount', new CfnParameter(s, 'Nodes', { type: 'Number' }).valueAsNumber),
    path: 'Legacy',
    expect: 'unknown',
  },
]);

dutyCases('opensearch-domain-dedicated-master-nodes', [
  {
    name: 'the legacy L2 domain has three dedicated master nodes',
    build: (s) => esDomain(s, { capacity: { masterNodes: 3, masterNodeInstanceType: 'm5.large.elasticsearch' } }),
    path: 'Legacy',
    expect: 'configured',
  },
  { name: 'the legacy L2 domain keeps its defaults', build: (s) => esDomain(s), path: 'Legacy', expect: 'unconfigured' },
  {
    name: 'the legacy domain takes DedicatedMasterEnabled from a parameter',
    build: (s) => overrideEs(esDomain(s), 'ElasticsearchClusterConfig.DedicatedMasterEnabled', parameter(s, 'Masters')),
    path: 'Legacy',
    expect: 'unknown',
  },
]);
