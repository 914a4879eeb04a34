import type { ReactNode } from "react";

const RETURN_PARAM = "retour";

/** The sign-in page, told to bring the user back here afterwards. */
export function signInHref(): string {
  const here = location.pathname + location.search;
  return here === "/" || here.startsWith("/connexion") ? "/connexion" : `/connexion?${RETURN_PARAM}=${encodeURIComponent(here)}`;
}

/**
 * Where the sign-in page sends the user: the page they came from, if it is one of ours. A
 * path only (no "//host" or scheme), so that a crafted link cannot send a freshly signed-in
 * agent to another site.
 */
export function returnPathAfterSignIn(search: string): string {
  const wanted = new URLSearchParams(search).get(RETURN_PARAM) ?? "";
  return /^\/(?![/\\])/.test(wanted) && !wanted.startsWith("/connexion") ? wanted : "/";
}

/** « Se connecter » / « Se reconnecter »: a full page load, so the page comes back signed in. */
export function SignInLink({ className, children }: { className: string; children: ReactNode }) {
  return <a className={className} href={signInHref()}>{children}</a>;
}
