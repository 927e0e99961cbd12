import type { Value } from '../../lib/model/value';

/**
 * The destination configurations of an AWS::KinesisFirehose::DeliveryStream that are set, by
 * property name. Each carries its own CloudWatchLoggingOptions.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesisfirehose-deliverystream.html
 */
export const DESTINATION_PROPERTIES = [
  'AmazonOpenSearchServerlessDestinationConfiguration',
  'AmazonopensearchserviceDestinationConfiguration',
  'ElasticsearchDestinationConfiguration',
  'ExtendedS3DestinationConfiguration',
  'HttpEndpointDestinationConfiguration',
  'IcebergDestinationConfiguration',
  'RedshiftDestinationConfiguration',
  'S3DestinationConfiguration',
  'SnowflakeDestinationConfiguration',
  'SplunkDestinationConfiguration',
];

export function destinations(props: Value): { name: string; config: Value }[] {
  return DESTINATION_PROPERTIES.filter((p) => props.at(p).isSet()).map((name) => ({ name, config: props.at(name) }));
}
