import { RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/**
 * A customer managed KMS key for the stack's data at rest (`encryptionKey: key`, `masterKey: key`,
 * `kmsKey: key`, ...): rotated every year and kept when the stack is deleted, so what it encrypted
 * stays readable. Its key policy trusts the account, as CDK's default does; grant each service or
 * role that uses it with `key.grantEncryptDecrypt(principal)`.
 */
export function encryptionKey(scope: Construct, id = 'DataKey'): kms.Key {
  return new kms.Key(scope, id, {
    // Yearly unless rotationPeriod says otherwise (https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html).
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
    description: 'Data at rest of this stack',
  });
}
