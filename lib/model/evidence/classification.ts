import type { EvaluationContext } from '../context';
import { UnresolvedValue, type Value } from '../value';
import { tagsOf } from './tags';

/**
 * Data stores: the resource types that hold customer data, with where each keeps its tags and
 * which property names its KMS key (CloudFormation resource reference, property pages).
 */
export const DATA_STORES: Readonly<Record<string, { readonly tags: string; readonly key: (props: Value) => Value[] }>> = {
  'AWS::S3::Bucket': {
    tags: 'Tags',
    key: (p) =>
      (p.at('BucketEncryption.ServerSideEncryptionConfiguration').list() ?? []).map((r) =>
        r.at('ServerSideEncryptionByDefault.KMSMasterKeyID'),
      ),
  },
  'AWS::DynamoDB::Table': { tags: 'Tags', key: (p) => [p.at('SSESpecification.KMSMasterKeyId')] },
  'AWS::RDS::DBInstance': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::RDS::DBCluster': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::DocDB::DBCluster': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::Neptune::DBCluster': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::Redshift::Cluster': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::ElastiCache::ReplicationGroup': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::OpenSearchService::Domain': { tags: 'Tags', key: (p) => [p.at('EncryptionAtRestOptions.KmsKeyId')] },
  'AWS::EFS::FileSystem': { tags: 'FileSystemTags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::FSx::FileSystem': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::EC2::Volume': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::SQS::Queue': { tags: 'Tags', key: (p) => [p.at('KmsMasterKeyId')] },
  'AWS::SNS::Topic': { tags: 'Tags', key: (p) => [p.at('KmsMasterKeyId')] },
  'AWS::Kinesis::Stream': { tags: 'Tags', key: (p) => [p.at('StreamEncryption.KeyId')] },
  'AWS::Logs::LogGroup': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::SecretsManager::Secret': { tags: 'Tags', key: (p) => [p.at('KmsKeyId')] },
  'AWS::Backup::BackupVault': { tags: 'BackupVaultTags', key: (p) => [p.at('EncryptionKeyArn')] },
  'AWS::ECR::Repository': { tags: 'Tags', key: (p) => [p.at('EncryptionConfiguration.KmsKey')] },
};

export const DATA_STORE_TYPES = Object.keys(DATA_STORES);

export type Classification = { readonly kind: 'none' } | { readonly kind: 'tagged'; readonly value: string; readonly sensitive: boolean };

/** The store's classification tag, read from its own tags; a tag whose value is a token is unknown. */
export function classificationOf(ctx: EvaluationContext): Classification {
  const store = DATA_STORES[ctx.resource.type];
  if (!store) return { kind: 'none' };
  const tags = tagsOf(ctx.props, store.tags);
  const key = ctx.settings.classificationTag;
  if (!tags.has(key)) return { kind: 'none' };
  const text = tags.get(key);
  if (text === undefined) throw new UnresolvedValue(`${store.tags}.${key}`, "a token (the classification tag's value)");
  return { kind: 'tagged', value: text, sensitive: ctx.settings.sensitiveLevels.includes(text.toLowerCase()) };
}

/** Whether the store is tagged sensitive; false when it cannot be told. */
export function isSensitive(ctx: EvaluationContext): boolean {
  try {
    const c = classificationOf(ctx);
    return c.kind === 'tagged' && c.sensitive;
  } catch {
    return false;
  }
}
