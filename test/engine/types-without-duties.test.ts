import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { CfnResource } from 'aws-cdk-lib';
import { renderMarkdown } from '../../lib/report/markdown';
import { check } from '../adversarial/support';

describe('resource types with no duty of their own', () => {
  const app = new App();
  const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'eu-west-1' } });
  new ec2.CfnEIP(stack, 'Address');
  new iam.CfnInstanceProfile(stack, 'Profile', { roles: ['some-role'] });
  new CfnResource(stack, 'Seeder', {
    type: 'Custom::Seeder',
    properties: { ServiceToken: 'arn:aws:lambda:eu-west-1:111111111111:function:f' },
  });
  const { results } = check(app);

  it('lists them in the results with no duty, and says why and where their duties sit', () => {
    const eip = results.resources.find((r) => r.path === 'S/Address');
    expect(eip).toMatchObject({ type: 'AWS::EC2::EIP', duties: [] });
    expect(results.resourceTypes['AWS::EC2::EIP'].noDutyOfItsOwn?.dutiesAt).toMatch(/security groups/);
    expect(results.resourceTypes['AWS::IAM::InstanceProfile'].noDutyOfItsOwn?.dutiesAt).toMatch(/the role/);
  });

  it("keeps only what the catalog does not know in uncoveredTypes (a custom resource of the app's own)", () => {
    expect(results.uncoveredTypes).toEqual(['Custom::Seeder']);
  });

  it('shows the reason in the responsibility matrix', () => {
    const md = renderMarkdown(results, {});
    expect(md).toContain('No customer duty of its own: a container that hands one role to EC2 instances');
  });
});
