import type { ReactNode } from "react";

interface Props {
  caption: ReactNode;
  /** The column headers, in order. */
  headers: ReactNode[];
  children: ReactNode;
  /** Keeps the caption for screen readers only, when a heading just above already says it. */
  hideCaption?: boolean;
  size?: "sm" | "md";
}

/** A DSFR table (1.14 structure: wrapper, container, content), its caption and column headers. */
export function CampaignTable({ caption, headers, children, hideCaption = false, size = "md" }: Props) {
  const classes = ["fr-table", "fr-mb-3w", hideCaption ? "fr-table--no-caption" : null, size === "sm" ? "fr-table--sm" : null];
  return (
    <div className={classes.filter(Boolean).join(" ")}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
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
