import type { MouseEvent, ReactNode } from "react";
import { navigate } from "../app.js";

interface Props {
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * A real link (it opens in a new tab, can be copied or bookmarked) that changes page without
 * reloading on a plain click.
 */
export function CampaignNavLink({ href, children, className }: Props) {
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
    scrollTo(0, 0);
  }
  return (
    <a href={href} className={className} onClick={follow}>
      {children}
    </a>
  );
}

export function campaignPath(campaignId: string): string {
  return `/campagnes/${encodeURIComponent(campaignId)}`;
}
