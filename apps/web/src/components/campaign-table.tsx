import { useId, type ReactNode } from "react";

interface Props {
  caption: ReactNode;
  /** The column headers, in order. */
  headers: ReactNode[];
  children: ReactNode;
  /** Keeps the caption for screen readers only, when a heading just above already says it. */
  hideCaption?: boolean;
  size?: "sm" | "md";
  /** Lets long texts wrap in their cells instead of widening the table. */
  multiline?: boolean;
}

/**
 * A DSFR table (1.14 structure: wrapper, container, content), its caption and column headers.
 * The container scrolls sideways on narrow screens: it takes the keyboard focus and is named by
 * the caption, so that a keyboard user can scroll it too (RGAA, axe « scrollable-region-focusable »).
 */
export function CampaignTable({ caption, headers, children, hideCaption = false, size = "md", multiline = false }: Props) {
  const captionId = useId();
  const classes = ["fr-table", "fr-mb-3w", hideCaption ? "fr-table--no-caption" : null, size === "sm" ? "fr-table--sm" : null, multiline ? "fr-table--multiline" : null];
  return (
    <div className={classes.filter(Boolean).join(" ")}>
      <div className="fr-table__wrapper">
        {/* Positioned, so that the screen-reader texts in its cells (absolutely placed) scroll with the
            table instead of widening the page on a phone. DSFR's script would position the wrapper. */}
        <div className="fr-table__container" style={{ position: "relative" }} tabIndex={0} role="region" aria-labelledby={captionId}>
          <div className="fr-table__content">
            <table>
              <caption id={captionId}>{caption}</caption>
              <thead>
                <tr>
                  {headers.map((header, index) => (
                    <th scope="col" key={index}>{header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
