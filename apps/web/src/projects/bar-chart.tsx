import { CampaignTable } from "../components/campaign-table.js";
import { formatInteger } from "./project-format.js";

export interface Bar {
  label: string;
  value: number;
}

interface Props {
  /** The figure's caption, seen by everyone. */
  caption: string;
  /** What the chart shows, in one sentence, for those who do not see it (the SVG's label). */
  summary: string;
  bars: Bar[];
  /** Column headers of the data table: the bars' labels, then their values. */
  headers: [string, string];
  /** Said instead of an empty chart. */
  empty: string;
}

const WIDTH = 720;
const LABEL = 280;
const VALUE = 56;
const ROW = 34;
const BAR = 22;
const MAX_LABEL = 38;

const short = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/**
 * A horizontal bar chart drawn in SVG: a `<figure>` whose image says what it shows in its
 * label, and the same data as a table under « Voir les données », for screen readers,
 * keyboard users and anyone who wants the exact figures.
 */
export function BarChart({ caption, summary, bars, headers, empty }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  const scale = (WIDTH - LABEL - VALUE) / max;
  return (
    <figure className="fr-mb-4w fr-mx-0">
      <figcaption className="fr-text--bold fr-mb-1w">{caption}</figcaption>
      {bars.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <svg
            role="img"
            aria-label={summary}
            viewBox={`0 0 ${WIDTH} ${height}`}
            width="100%"
            style={{ maxWidth: `${WIDTH}px`, display: "block", height: "auto" }}
            preserveAspectRatio="xMinYMin meet"
          >
            {bars.map((bar, index) => {
              const y = index * ROW + 4;
              const width = Math.max(bar.value > 0 ? 2 : 0, bar.value * scale);
              return (
                <g key={`${bar.label}-${index}`}>
                  <text x={LABEL - 8} y={y + BAR / 2} dominantBaseline="middle" textAnchor="end" fontSize="14" style={{ fill: "var(--text-default-grey)" }}>
                    {short(bar.label)}
                  </text>
                  <rect x={LABEL} y={y} width={width} height={BAR} style={{ fill: "var(--background-action-high-blue-france)" }} />
                  <text x={LABEL + width + 6} y={y + BAR / 2} dominantBaseline="middle" fontSize="14" fontWeight="700" style={{ fill: "var(--text-default-grey)" }}>
                    {formatInteger(bar.value)}
                  </text>
                </g>
              );
            })}
          </svg>
          <details className="fr-mt-1w">
            <summary className="fr-link">Voir les données</summary>
            <CampaignTable caption={caption} headers={headers} size="sm" hideCaption>
              {bars.map((bar, index) => (
                <tr key={`${bar.label}-${index}`}>
                  <td>{bar.label}</td>
                  <td>{formatInteger(bar.value)}</td>
                </tr>
              ))}
            </CampaignTable>
          </details>
        </>
      )}
    </figure>
  );
}
