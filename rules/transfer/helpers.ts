export const CFN_SERVER = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-transfer-server.html';
export const CREATE_SERVER = 'https://docs.aws.amazon.com/transfer/latest/APIReference/API_CreateServer.html';
