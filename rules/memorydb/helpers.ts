export const CFN_MEMORYDB_CLUSTER = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-memorydb-cluster.html';
