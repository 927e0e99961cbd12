export const DOCDB_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html';
export const CFN_DOCDB_CLUSTER = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html';
