export const NEPTUNE_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html';
export const CFN_NEPTUNE_CLUSTER = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-neptune-dbcluster.html';
