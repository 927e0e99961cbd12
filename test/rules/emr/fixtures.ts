import type { Stack } from 'aws-cdk-lib';
import * as emr from 'aws-cdk-lib/aws-emr';

/** The security configuration JSON AWS documents, with both kinds of encryption on. */
export const ENCRYPTED = {
  EncryptionConfiguration: {
    EnableAtRestEncryption: true,
    EnableInTransitEncryption: true,
    AtRestEncryptionConfiguration: {
      S3EncryptionConfiguration: { EncryptionMode: 'SSE-S3' },
      LocalDiskEncryptionConfiguration: {
        EncryptionKeyProviderType: 'AwsKms',
        AwsKmsKey: 'arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000',
        EnableEbsEncryption: true,
      },
    },
    InTransitEncryptionConfiguration: {
      TLSCertificateConfiguration: { CertificateProviderType: 'PEM', S3Object: 's3://certs/emr-certs.zip' },
    },
  },
};

/** A security configuration at `Security`, named `name`. */
export function securityConfiguration(stack: Stack, json: unknown = ENCRYPTED, name?: string): emr.CfnSecurityConfiguration {
  return new emr.CfnSecurityConfiguration(stack, 'Security', { securityConfiguration: json, name });
}

/** A cluster at `Cluster` that runs with the security configuration named `securityConfigurationName`. */
export function cluster(stack: Stack, securityConfigurationName?: string): emr.CfnCluster {
  return new emr.CfnCluster(stack, 'Cluster', {
    name: 'analytics',
    releaseLabel: 'emr-7.5.0',
    jobFlowRole: 'EMR_EC2_DefaultRole',
    serviceRole: 'EMR_DefaultRole',
    instances: {
      masterInstanceGroup: { instanceCount: 1, instanceType: 'm5.xlarge' },
      ec2SubnetId: 'subnet-0123456789abcdef0',
    },
    securityConfiguration: securityConfigurationName,
  });
}
