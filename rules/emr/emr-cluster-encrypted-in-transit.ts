import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import {
  CFN_CLUSTER,
  clusterSecurityConfiguration,
  EMR_CONTROLS,
  ENCRYPTION_OPTIONS,
  IN_TRANSIT_MATRIX,
  encryptionOf,
  SECURITY_CONFIGURATION_JSON,
} from './helpers';

export default defineDuty({
  id: 'emr-cluster-encrypted-in-transit',
  title: 'EMR cluster encrypts data in transit',
  category: 'data-protection',
  resourceTypes: ['AWS::EMR::Cluster'],
  awsSide:
    "Amazon EMR turns on TLS between a cluster's nodes and for its applications only when the security configuration the cluster names enables in-transit encryption; a cluster without a security configuration gets none.",
  customerSide:
    "Encrypting the data EMR nodes exchange is the customer's: the cluster must run with a security configuration that enables in-transit encryption.",
  severity: 'error',
  remediation: {
    l1: 'SecurityConfiguration: <name of an AWS::EMR::SecurityConfiguration whose EncryptionConfiguration has EnableInTransitEncryption: true and InTransitEncryptionConfiguration.TLSCertificateConfiguration>',
  },
  controls: { fsbp: [], nist: ['AC-4', 'SC-8', 'SC-8(1)', 'SC-13', 'SC-23'] },
  sources: [
    `${CFN_CLUSTER}#cfn-emr-cluster-securityconfiguration`,
    SECURITY_CONFIGURATION_JSON,
    ENCRYPTION_OPTIONS,
    IN_TRANSIT_MATRIX,
    `${EMR_CONTROLS}#emr-4`,
  ],
  messages: {
    none: 'The cluster names no SecurityConfiguration, so EMR does not encrypt the traffic between its nodes.',
    off: "The cluster's security configuration {config} has EnableInTransitEncryption {value}, so EMR does not encrypt the traffic between its nodes.",
  },
  evaluate(ctx) {
    const config = clusterSecurityConfiguration(ctx);
    if (!config) return unconfigured('none');
    const inTransit = encryptionOf(ctx.propsOf(config)).at('EnableInTransitEncryption').bool();
    if (inTransit !== true) return unconfigured('off', { config: config.logicalId, value: inTransit === false ? 'false' : 'not set' });
    return configured(`security configuration ${config.logicalId} enables in-transit encryption`);
  },
});
