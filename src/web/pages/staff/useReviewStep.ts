import { useEffect, useRef, useState } from 'react';

/**
 * A staff form that is shown once more before it is sent (a payout batch, a settlement):
 * what the review prepared, and the focus moving to the confirmation's heading and back to
 * the review button, so a keyboard or screen reader user follows each step.
 */
export function useReviewStep<P>(reviewButtonId: string, form: { clearProblem: () => void; clearErrors: () => void }) {
  const [prepared, setPrepared] = useState<P | null>(null);
  const [focus, setFocus] = useState<{ target: 'confirm' | 'review'; n: number } | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus?.target === 'confirm') confirmRef.current?.focus();
    if (focus?.target === 'review') document.getElementById(reviewButtonId)?.focus();
  }, [focus, reviewButtonId]);
  const focusOn = (target: 'confirm' | 'review') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  return {
    prepared,
    confirmRef,
    /** Shows the confirmation of what the review prepared. */
    confirm: (next: P) => {
      setPrepared(next);
      focusOn('confirm');
    },
    /** Back to the form, without the last refusal, on the review button. */
    back: () => {
      form.clearProblem();
      form.clearErrors();
      setPrepared(null);
      focusOn('review');
    },
    /** Back to the form where a refusal's message shows (the alert takes the focus). */
    drop: () => setPrepared(null),
  };
}
