import { defineDuty } from '../../lib/model/duty';
import { classificationOf, DATA_STORE_TYPES } from '../../lib/model/evidence/classification';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'data-store-classification-tag',
  title: 'Data store carries a data classification tag',
  category: 'data-protection',
  resourceTypes: DATA_STORE_TYPES,
  awsSide: 'AWS stores and protects whatever data the customer puts in the service; it does not know how sensitive that data is.',
  customerSide:
    "Classifying data is the customer's first data-protection duty: how sensitive a store is decides its encryption key, access and retention, and these checks apply stricter duties to stores tagged sensitive.",
  severity: 'warning',
  remediation: {
    l2: "Tags.of(store).add('DataClassification', 'internal') (or the tag key set in the dataClassification option)",
    l1: 'Tags (FileSystemTags for EFS, BackupVaultTags for Backup vaults) with Key DataClassification',
  },
  controls: { fsbp: [], nist: ['RA-2', 'AC-16', 'PM-5(1)'] },
  sources: [
    'https://docs.aws.amazon.com/whitepapers/latest/data-classification/data-classification.html',
    'https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/tagging-best-practices.html',
  ],
  messages: {
    missing: 'The data store has no {tag} tag, so how sensitive its data is, and which duties apply, is not declared.',
  },
  evaluate(ctx) {
    const c = classificationOf(ctx);
    if (c.kind === 'none') return unconfigured('missing', { tag: ctx.settings.classificationTag });
    return configured(`classified '${c.value}'${c.sensitive ? ' (sensitive)' : ''}`);
  },
});
