// A panel that opens in place of the button that opened it (a confirmation, a short form).
// Closing it with 戻る gives focus back to that button, which is only in the page again
// after the next render, hence the effect.
import { useEffect, useState } from 'react';

export interface Panel {
  open: boolean;
  show: () => void;
  /** Closes the panel without moving focus (after its action, the page says what happened). */
  hide: () => void;
  /** Closes the panel and focuses the button that opens it again (戻る). */
  back: () => void;
}

export function usePanel(openerId: string): Panel {
  const [open, setOpen] = useState(false);
  const [backs, setBacks] = useState(0);
  useEffect(() => {
    if (backs > 0) document.getElementById(openerId)?.focus();
  }, [backs, openerId]);
  return {
    open,
    show: () => setOpen(true),
    hide: () => setOpen(false),
    back: () => {
      setOpen(false);
      setBacks((n) => n + 1);
    },
  };
}
