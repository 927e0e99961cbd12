export const CFN_WORKGROUP_CONFIG =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-workgroupconfiguration.html';
export const OVERRIDE_DOC = 'https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html';
