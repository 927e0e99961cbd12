import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import {
  CFN_CLUSTER,
  clusterSecurityConfiguration,
  EMR_CONTROLS,
  ENCRYPTION_OPTIONS,
  encryptionOf,
  SECURITY_CONFIGURATION_JSON,
} from './helpers';

export default defineDuty({
  id: 'emr-cluster-local-disk-encrypted',
  title: 'EMR cluster encrypts its local disks',
  category: 'data-protection',
  resourceTypes: ['AWS::EMR::Cluster'],
  awsSide:
    "Amazon EMR encrypts a cluster's local disks (EBS volumes, instance store, HDFS) only when the security configuration the cluster names enables at-rest encryption with a local disk key provider (AwsKms or Custom); a cluster without a security configuration gets none.",
  customerSide:
    "Encrypting the data EMR nodes keep on their disks (shuffle and spill files, HDFS blocks, temporary copies of the data processed) is the customer's: the cluster must run with a security configuration that encrypts local disks.",
  severity: 'error',
  remediation: {
    l1: 'SecurityConfiguration: <name of an AWS::EMR::SecurityConfiguration whose EncryptionConfiguration has EnableAtRestEncryption: true and AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: AwsKms, AwsKmsKey, EnableEbsEncryption: true }>',
  },
  controls: { fsbp: [], nist: ['CA-9(1)', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    `${CFN_CLUSTER}#cfn-emr-cluster-securityconfiguration`,
    SECURITY_CONFIGURATION_JSON,
    ENCRYPTION_OPTIONS,
    `${EMR_CONTROLS}#emr-3`,
  ],
  messages: {
    none: 'The cluster names no SecurityConfiguration, so EMR does not encrypt its local disks.',
    atRestOff:
      "The cluster's security configuration {config} has EnableAtRestEncryption {value}, so EMR does not encrypt the cluster's local disks.",
    noLocalDisk:
      "The cluster's security configuration {config} enables at-rest encryption without a LocalDiskEncryptionConfiguration, so only EMRFS data in S3 is covered and the local disks are not encrypted.",
  },
  evaluate(ctx) {
    const config = clusterSecurityConfiguration(ctx);
    if (!config) return unconfigured('none');
    const encryption = encryptionOf(ctx.propsOf(config));
    const atRest = encryption.at('EnableAtRestEncryption').bool();
    if (atRest !== true) return unconfigured('atRestOff', { config: config.logicalId, value: atRest === false ? 'false' : 'not set' });
    const provider = encryption.at('AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration.EncryptionKeyProviderType').str();
    if (provider === undefined || provider === '') return unconfigured('noLocalDisk', { config: config.logicalId });
    return configured(`security configuration ${config.logicalId} encrypts local disks (${provider} key provider)`);
  },
});
