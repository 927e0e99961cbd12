import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadTemplate } from '../../lib/report';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-template-'));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const SHORT_FORMS = `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Or [!Equals [a, a], !Condition NotProd]]
Mappings:
  Sizes: { prod: { Days: 90 } }
Resources:
  Key:
    Type: AWS::KMS::Key
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-data'
      Tags:
        - Key: Subnets
          Value: !Join [',', !Split ['|', !ImportValue SharedSubnets]]
        - Key: Zone
          Value: !Select [0, !GetAZs '']
        - Key: Cidr
          Value: !Select [0, !Cidr [10.0.0.0/16, 4, 8]]
        - Key: Days
          Value: !FindInMap [Sizes, !Ref Env, Days]
        - Key: Init
          Value: !Base64 { 'Fn::Sub': 'echo \${Env}' }
        - Key: Sub
          Value: !Sub ['\${X}-y', { X: !GetAtt Key.Arn }]
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !If [IsProd, !GetAtt Key.Arn, !Ref 'AWS::NoValue']
      LoggingConfiguration:
        DestinationBucketName: !GetAtt [Key, Arn]
`;

describe('loadTemplate', () => {
  it('turns every CloudFormation short form into its long form', async () => {
    const t = await loadTemplate(write('short.yaml', SHORT_FORMS));
    const conditions = t.Conditions as Record<string, unknown>;
    expect(conditions.IsProd).toEqual({ 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] });
    expect(conditions.NotProd).toEqual({ 'Fn::Not': [{ Condition: 'IsProd' }] });
    expect(conditions.Both).toEqual({
      'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Or': [{ 'Fn::Equals': ['a', 'a'] }, { Condition: 'NotProd' }] }],
    });
    const props = (t.Resources as Record<string, { Properties: Record<string, unknown> }>).Bucket.Properties;
    expect(props.BucketName).toEqual({ 'Fn::Sub': '${AWS::StackName}-data' });
    expect((props.Tags as { Value: unknown }[]).map((tag) => tag.Value)).toEqual([
      { 'Fn::Join': [',', { 'Fn::Split': ['|', { 'Fn::ImportValue': 'SharedSubnets' }] }] },
      { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      { 'Fn::Select': [0, { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }] },
      { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Days'] },
      { 'Fn::Base64': { 'Fn::Sub': 'echo ${Env}' } },
      { 'Fn::Sub': ['${X}-y', { X: { 'Fn::GetAtt': ['Key', 'Arn'] } }] },
    ]);
    expect(props.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [
        {
          ServerSideEncryptionByDefault: {
            SSEAlgorithm: 'aws:kms',
            KMSMasterKeyID: { 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['Key', 'Arn'] }, { Ref: 'AWS::NoValue' }] },
          },
        },
      ],
    });
    expect(props.LoggingConfiguration).toEqual({ DestinationBucketName: { 'Fn::GetAtt': ['Key', 'Arn'] } });
  });

  it('keeps the rest of a dotted GetAtt attribute together', async () => {
    const t = await loadTemplate(
      write('getatt.yml', 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      X: !GetAtt Db.Endpoint.Address\n'),
    );
    expect((t.Resources as Record<string, { Properties: unknown }>).Db.Properties).toEqual({
      X: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
    });
  });

  it('reads JSON, by extension or by content', async () => {
    const json = '{ "Resources": { "B": { "Type": "AWS::S3::Bucket" } } }';
    expect(await loadTemplate(write('t.json', json))).toEqual({ Resources: { B: { Type: 'AWS::S3::Bucket' } } });
    expect(await loadTemplate(write('t.template', json))).toEqual({ Resources: { B: { Type: 'AWS::S3::Bucket' } } });
  });

  it.each([
    ['a missing file', path.join(dir, 'missing.yaml'), /^no template at .*missing\.yaml$/],
    ['invalid YAML', 'bad.yaml', /^.*bad\.yaml is not valid YAML \(line \d+, column \d+\): Flow sequence/],
    ['an unknown tag', 'tag.yaml', /^.*tag\.yaml is not valid YAML \(line 4, column \d+\): Unresolved tag: !Reff$/],
    ['invalid JSON', 'bad.json', /^.*bad\.json is not valid JSON: /],
    ['a template without Resources', 'empty.yaml', /^.*empty\.yaml has no Resources section, so it is not a CloudFormation template$/],
    ['a JSON list', 'list.json', /has no Resources section/],
  ])('fails with one line on %s', async (_, name, message) => {
    const inputs: Record<string, string> = {
      'bad.yaml': 'Resources:\n  B: [unclosed\n',
      'tag.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: { BucketName: !Reff X }\n',
      'bad.json': '{ "Resources": ',
      'empty.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: nothing\n',
      'list.json': '[]',
    };
    const file = name in inputs ? write(name, inputs[name]) : name;
    const error = await loadTemplate(file).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });
});
