/** Options that duties read: how the app classifies its data. */
export interface DutySettings {
  /** The tag that carries a data store's classification. */
  readonly classificationTag: string;
  /** Classification values (compared case-insensitively) that mark data as sensitive. */
  readonly sensitiveLevels: readonly string[];
}

export const DEFAULT_SETTINGS: DutySettings = {
  classificationTag: 'DataClassification',
  sensitiveLevels: ['confidential', 'restricted'],
};
