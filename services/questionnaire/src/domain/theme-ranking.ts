import { defaultThemes } from "@tetris/shared";

/** One answer's points towards a theme, as the template's option scores give them. */
export interface ThemeContribution {
  themeCode: string;
  points: number;
  responseId: string;
  organisation: string;
  questionId: string;
  questionLabel: string;
  value: string | number | string[];
}

export interface RankedTheme {
  themeCode: string;
  label: string;
  rank: number;
  score: number;
  explanation: string;
  topContributions: (Omit<ThemeContribution, "themeCode" | "points"> & { contribution: number })[];
}

const TOP_CONTRIBUTIONS = 3;

/**
 * Ranks themes by the sum of the points the answers give them; ties keep the order of the
 * theme list so that the result does not depend on the order answers arrived in. Each
 * theme says how its score was made and which answers weighed most, for the facilitator.
 */
export function rankThemes(
  contributions: readonly ThemeContribution[],
  themes: readonly { code: string; label: string }[] = defaultThemes,
): RankedTheme[] {
  const scored = themes.map((theme, order) => {
    const own = contributions.filter((c) => c.themeCode === theme.code);
    const score = own.reduce((sum, c) => sum + c.points, 0);
    const responses = new Set(own.map((c) => c.responseId)).size;
    const top = [...own].sort((a, b) => b.points - a.points).slice(0, TOP_CONTRIBUTIONS);
    return {
      order,
      themeCode: theme.code,
      label: theme.label,
      score,
      explanation:
        own.length === 0
          ? "Aucune réponse ne porte sur ce thème."
          : `Somme de ${own.length} contribution(s) issues de ${responses} réponse(s).`,
      topContributions: top.map(({ themeCode: _t, points, ...answer }) => ({ ...answer, contribution: points })),
    };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ order: _order, ...theme }, index) => ({ ...theme, rank: index + 1 }));
}
