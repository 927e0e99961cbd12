import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as glue from 'aws-cdk-lib/aws-glue';

/** A Spark job `Job` (the Glue L2 is not in aws-cdk-lib). */
export function job(stack: Stack, props: Partial<glue.CfnJobProps> = {}): glue.CfnJob {
  return new glue.CfnJob(stack, 'Job', {
    role: 'arn:aws:iam::111111111111:role/glue',
    command: { name: 'glueetl', scriptLocation: 's3://scripts/job.py', pythonVersion: '3' },
    ...props,
  });
}

export function securityConfiguration(stack: Stack, s3EncryptionMode: string, name = 'encrypted'): glue.CfnSecurityConfiguration {
  return new glue.CfnSecurityConfiguration(stack, 'SecurityConfig', {
    name,
    encryptionConfiguration: {
      s3Encryptions: [
        { s3EncryptionMode, kmsKeyArn: s3EncryptionMode === 'SSE-KMS' ? 'arn:aws:kms:us-east-1:111111111111:key/abc' : undefined },
      ],
      cloudWatchEncryption: { cloudWatchEncryptionMode: 'DISABLED' },
      jobBookmarksEncryption: { jobBookmarksEncryptionMode: 'DISABLED' },
    },
  });
}

export function param(stack: Stack, id = 'Param'): string {
  return new CfnParameter(stack, id).valueAsString;
}
