/** What the grouping suggestion looks at in a need. */
export interface NeedForGrouping {
  needId: string;
  statement: string;
  themeCode: string;
  /** INSEE codes of communes and SIREN of EPCI concerned. */
  territoryCodes: string[];
}

/**
 * A suggested group of needs that could make one candidate project. Facilitators accept,
 * change or ignore it: a suggestion never groups anything by itself.
 */
export interface GroupingSuggestion {
  needIds: string[];
  /** 0–1: how alike the needs are (text, theme, territory). */
  similarity: number;
  /** In French, for the facilitator: why these needs go together. */
  reasons: string[];
}
