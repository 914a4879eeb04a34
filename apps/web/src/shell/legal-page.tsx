import type { ReactNode } from "react";
import { usePageTitle } from "../page-title.js";

/** The frame of the pages the footer links to: the title (also the tab's), then the text in a readable column. */
export function LegalPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>{title}</h1>
        {children}
      </div>
    </div>
  );
}
