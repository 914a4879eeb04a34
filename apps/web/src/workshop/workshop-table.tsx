import type { ReactNode } from "react";

interface Props {
  /** Said by the caption, and names the scrolling region for keyboard and screen reader users. */
  caption: string;
  /** The column headers, in order. */
  headers: ReactNode[];
  children: ReactNode;
  /** Keeps the caption for screen readers only, when a heading just above already says it. */
  hideCaption?: boolean;
}

/**
 * A small DSFR table (1.14 structure: wrapper, container, content). Wide tables scroll sideways
 * on a narrow screen: the scrolling container is a named region that takes the keyboard focus,
 * so that it can be scrolled with the arrow keys.
 */
export function WorkshopTable({ caption, headers, children, hideCaption = false }: Props) {
  return (
    <div className={`fr-table fr-table--sm fr-table--multiline fr-mb-3w${hideCaption ? " fr-table--no-caption" : ""}`}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
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
