// The success message after an action on a page: announced politely and given focus, so
// that someone whose button has just gone (a panel closed, a card changed) is not left on
// nothing.
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { StatusMessage } from './FormAlert';

export interface FocusedNotice {
  notice: string | null;
  statusRef: RefObject<HTMLDivElement | null>;
  /** Shows `message` and moves focus to it. */
  announce: (message: string) => void;
  clear: () => void;
}

export function useFocusedNotice(): FocusedNotice {
  const [notice, setNotice] = useState<string | null>(null);
  const [focus, setFocus] = useState(0);
  const statusRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (focus > 0) statusRef.current?.focus();
  }, [focus]);
  const announce = useCallback((message: string) => {
    setNotice(message);
    setFocus((n) => n + 1);
  }, []);
  const clear = useCallback(() => setNotice(null), []);
  return { notice, statusRef, announce, clear };
}

export function FocusedStatus({ notice, className }: { notice: FocusedNotice; className?: string }) {
  return (
    <div ref={notice.statusRef} tabIndex={-1} className={className ? `decision-status ${className}` : 'decision-status'}>
      <StatusMessage>{notice.notice}</StatusMessage>
    </div>
  );
}
