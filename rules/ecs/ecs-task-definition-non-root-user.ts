import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { containers, isWindows, quoted } from './helpers';

/** `root`, `0`, `root:group`, `0:0` ... */
function isRootUser(user: string): boolean {
  const who = user.split(':')[0].trim().toLowerCase();
  return who === 'root' || who === '0';
}

function isWindowsAdmin(user: string): boolean {
  const who = user.trim().toLowerCase();
  return who === 'containeradministrator' || who === 'administrator';
}

export default defineDuty({
  id: 'ecs-task-definition-non-root-user',
  title: 'ECS containers run as a non-root (non-administrator) user',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ECS::TaskDefinition'],
  awsSide:
    "ECS starts each container as the User in its container definition; without one, the image's default user is used, which is root for most Linux images and ContainerAdministrator for Windows Server images.",
  customerSide:
    "The identity a container runs as is the customer's configuration: only an explicit non-root User keeps a compromised process from holding root inside the container.",
  severity: 'warning',
  remediation: {
    l2: "taskDefinition.addContainer(id, { image, user: '1000:1000' }) (Windows: a non-administrator account such as ContainerUser)",
    l1: 'ContainerDefinitions[].User: "1000:1000" (a non-root UID or user name)',
  },
  controls: { fsbp: ['ECS.20', 'ECS.21'], nist: ['AC-2(1)', 'AC-3', 'AC-6', 'AC-6(2)', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-20',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-21',
    'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-linux-user-non-root.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-windows-user-non-admin.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-user',
  ],
  messages: {
    noUser:
      "Container(s) {containers} set no User, so they run as the image's default user (root for most Linux images, unless the image sets USER).",
    root: 'Container(s) {containers} set User to root.',
    windowsAdmin: 'Windows container(s) {containers} run as an administrator user (User absent or ContainerAdministrator).',
  },
  evaluate(ctx) {
    const all = containers(ctx);
    if (isWindows(ctx.props)) {
      const admins = all.filter((c) => {
        const user = c.def.at('User').str();
        return user === undefined || isWindowsAdmin(user);
      });
      if (admins.length > 0) return unconfigured('windowsAdmin', { containers: quoted(admins.map((c) => c.name)) });
      return configured('every Windows container sets a non-administrator User');
    }
    const root = all.filter((c) => {
      const user = c.def.at('User').str();
      return user !== undefined && isRootUser(user);
    });
    if (root.length > 0) return unconfigured('root', { containers: quoted(root.map((c) => c.name)) });
    const unset = all.filter((c) => c.def.at('User').str() === undefined);
    if (unset.length > 0) return unconfigured('noUser', { containers: quoted(unset.map((c) => c.name)) });
    return configured('every container sets a non-root User');
  },
});
