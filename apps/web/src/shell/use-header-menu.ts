import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";

/** Where DSFR's header shows its menu inline instead of behind the "Menu" button (its `lg` breakpoint). */
const DESKTOP = "(min-width: 62em)";
const FOCUSABLE = "a[href], button:not([disabled])";

/**
 * DSFR fades the modal in: for the first frame it is still `visibility: hidden`, and focus() is
 * ignored. Tries again at each frame until it takes (a few frames at most).
 */
function focusOnceShown(element: HTMLElement, framesLeft = 30): void {
  element.focus();
  if (document.activeElement !== element && framesLeft > 0) requestAnimationFrame(() => focusOnceShown(element, framesLeft - 1));
}

/**
 * The behaviour DSFR's own script gives the header's menu modal, done in React so that the
 * links and the sign-out button inside stay React's: opening moves focus into it, Tab stays
 * inside, Escape and "Fermer" close it and give focus back to "Menu".
 */
export function useHeaderMenu() {
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const modal = useRef<HTMLDivElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    menuButton.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const first = modal.current?.querySelector<HTMLElement>(FOCUSABLE);
    if (first) focusOnceShown(first);
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    // Widened past the breakpoint, the menu is part of the header again: nothing left to close.
    const desktop = matchMedia(DESKTOP);
    const onWiden = () => {
      if (desktop.matches) setOpen(false);
    };
    document.addEventListener("keydown", onEscape);
    desktop.addEventListener("change", onWiden);
    return () => {
      document.removeEventListener("keydown", onEscape);
      desktop.removeEventListener("change", onWiden);
    };
  }, [open, close]);

  /** Keeps Tab and Shift+Tab cycling inside the open modal (it is aria-modal). */
  const trapFocus = (event: KeyboardEvent) => {
    if (!open || event.key !== "Tab" || !modal.current) return;
    const focusable = [...modal.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return { open, openMenu: () => setOpen(true), close, menuButton, modal, trapFocus };
}
