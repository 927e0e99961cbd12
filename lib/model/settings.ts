/** Options that duties read: how the app classifies its data. */
export interface DutySettings {
  /** The tag that carries a data store's classification. */
  readonly classificationTag: string;
  /** Classification values (compared case-insensitively) that mark data as sensitive. */
  readonly sensitiveLevels: readonly string[];
  /**
   * Whether every data store must carry the tag: the user opted into classification (the `dataClassification`
   * option). Otherwise the missing tags are said once per app, at info.
   */
  readonly classificationRequired: boolean;
}

export const DEFAULT_SETTINGS: DutySettings = {
  classificationTag: 'DataClassification',
  sensitiveLevels: ['confidential', 'restricted'],
  classificationRequired: false,
};
