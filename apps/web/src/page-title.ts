import { useEffect } from "react";

/**
 * Names the page in the browser's tab and history (RGAA 8.6: each page has its own title), as
 * "<what the page is> — Tétris". A title made of loaded data follows it once it arrives.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Tétris`;
  }, [title]);
}
