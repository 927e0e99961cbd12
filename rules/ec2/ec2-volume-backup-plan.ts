import { defineDuty } from '../../lib/model/duty';
import { backupCoverage } from '../../lib/model/evidence/backup';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-volume-backup-plan',
  title: 'EBS volume is covered by an AWS Backup plan',
  category: 'resilience',
  resourceTypes: ['AWS::EC2::Volume'],
  awsSide:
    'AWS replicates an EBS volume within its Availability Zone against hardware failure, but keeps no point-in-time copy: snapshots are taken only when the customer asks, for example by assigning the volume to an AWS Backup plan. Security Hub checks this as EC2.28 in its NIST SP 800-53 standard (not in FSBP).',
  customerSide:
    "Recovering from deletion, corruption or ransomware is the customer's: assign the volume to a backup plan, by ARN or by a tag the plan selects.",
  severity: 'warning',
  remediation: {
    l2: "backupPlan.addSelection('Volumes', { resources: [backup.BackupResource.fromTag('backup', 'daily')] }) with Tags.of(volume).add('backup', 'daily')",
    l1: "an AWS::Backup::BackupSelection whose BackupSelection.Resources holds the volume's ARN, or whose ListOfTags matches a tag of the volume",
  },
  controls: { fsbp: [], nist: ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-28',
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-backup-backupselection-backupselectionresourcetype.html',
  ],
  messages: {
    notCovered: 'No AWS Backup selection in the app assigns the volume to a backup plan, by its ARN or by its tags.',
  },
  evaluate(ctx) {
    const coverage = backupCoverage(ctx);
    if (coverage.kind === 'covered') return configured(`backup selection ${coverage.by} covers the volume`);
    return unconfigured('notCovered');
  },
});
