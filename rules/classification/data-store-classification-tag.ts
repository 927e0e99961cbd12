import { defineDuty } from '../../lib/model/duty';
import { ACCOUNT_TYPE } from '../../lib/model/account';
import type { EvaluationContext } from '../../lib/model/context';
import { classificationOf, DATA_STORE_TYPES, DATA_STORES } from '../../lib/model/evidence/classification';
import { tagsOf } from '../../lib/model/evidence/tags';
import { configured, needsAttestation, notApplicable, unconfigured, unknown, type Verdict } from '../../lib/model/verdict';

export default defineDuty({
  id: 'data-store-classification-tag',
  title: 'Data store carries a data classification tag',
  category: 'data-protection',
  resourceTypes: [...DATA_STORE_TYPES, ACCOUNT_TYPE],
  awsSide: 'AWS stores and protects whatever data the customer puts in the service; it does not know how sensitive that data is.',
  customerSide:
    "Classifying data is the customer's first data-protection duty: how sensitive a store is decides its encryption key, access and retention, and these checks apply stricter duties to stores tagged sensitive. Each store must carry the tag once the app opts into classification (the dataClassification option); until then the untagged stores are listed once per app, at info.",
  attestable: true,
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
    const tag = ctx.settings.classificationTag;
    if (ctx.resource.type === ACCOUNT_TYPE) return appLevel(ctx);
    if (!ctx.settings.classificationRequired) {
      const store = DATA_STORES[ctx.resource.type];
      if (tagsOf(ctx.props, store.tags).has(tag)) return configured(`carries a ${tag} tag`);
      return notApplicable(
        `the ${tag} tag is required on each store only when the dataClassification option is set; the app-level result lists the untagged stores`,
      );
    }
    const c = classificationOf(ctx);
    if (c.kind === 'none') return unconfigured('missing', { tag });
    return configured(`classified '${c.value}'${c.sensitive ? ' (sensitive)' : ''}`);
  },
});

/** Once per app, when classification is not opted into: which data stores carry no tag, said at info (an attestation can answer it). */
function appLevel(ctx: EvaluationContext): Verdict<never> {
  const tag = ctx.settings.classificationTag;
  if (ctx.settings.classificationRequired)
    return notApplicable('the dataClassification option is set, so each data store is checked for its tag');
  const stores = DATA_STORE_TYPES.flatMap((t) => ctx.index.ofType(t));
  if (stores.length === 0) return notApplicable('the app defines no data store');
  // A store whose tags are decided at deploy may or may not hold the tag: counted apart, never as tagged.
  const undecided = stores.filter((r) => ctx.propsOf(r).at(DATA_STORES[r.type].tags).isToken);
  const untagged = stores.filter((r) => !undecided.includes(r) && !tagsOf(ctx.propsOf(r), DATA_STORES[r.type].tags).has(tag));
  if (untagged.length === 0 && undecided.length > 0)
    return unknown(
      `the tags of ${undecided.length} data store(s) (${undecided[0].ownerPath || undecided[0].logicalId}) are decided at deploy`,
    );
  if (untagged.length === 0) return configured(`every data store (${stores.length}) carries a ${tag} tag`);
  const names = untagged.slice(0, 5).map((r) => r.ownerPath || r.logicalId);
  return needsAttestation(
    `${untagged.length} of ${stores.length} data stores carry no ${tag} tag (${names.join(', ')}${untagged.length > names.length ? ', ...' : ''}). Set the dataClassification option to require it on each store, or attest how the app's data is classified.`,
  );
}
