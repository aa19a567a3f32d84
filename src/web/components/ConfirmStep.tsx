// An irreversible or money-moving action in two steps: the button opens a panel that says
// what will happen, with the action's own button and 戻る. Focus goes to the panel's
// heading when it opens and back to the button on 戻る; after the action the page says
// what happened (the caller's status message).
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

type Variant = 'primary' | 'secondary' | 'danger';

interface Props {
  /** The opening button's content. */
  label: ReactNode;
  /** The question, e.g. 「この応募を取り下げますか?」. */
  title: string;
  /** What will happen. */
  children?: ReactNode;
  /** The button that acts, named after the action (「取り下げる」). */
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | undefined;
  busy?: boolean;
  disabled?: boolean;
  variant?: Variant;
  confirmVariant?: Variant;
  buttonId?: string;
  buttonClassName?: string;
  describedBy?: string;
  headingLevel?: 3 | 4;
}

export function ConfirmStep({
  label,
  title,
  children,
  confirmLabel,
  onConfirm,
  busy = false,
  disabled = false,
  variant = 'primary',
  confirmVariant = variant === 'secondary' ? 'primary' : variant,
  buttonId,
  buttonClassName,
  describedBy,
  headingLevel = 3,
}: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState<{ to: 'title' | 'button' | 'lost'; n: number } | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const titleId = `confirm${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';

  useEffect(() => {
    if (focus?.to === 'title') titleRef.current?.focus();
    if (focus?.to === 'button') buttonRef.current?.focus();
    // After the action, the page moves focus to its news; if nothing holds it, the button does.
    const active = document.activeElement;
    if (focus?.to === 'lost' && (!active || active === document.body || !active.isConnected)) buttonRef.current?.focus();
  }, [focus]);
  const focusOn = (to: 'title' | 'button' | 'lost') => setFocus((f) => ({ to, n: (f?.n ?? 0) + 1 }));

  if (!open)
    return (
      <Button
        ref={buttonRef}
        id={buttonId}
        variant={variant}
        className={buttonClassName}
        aria-describedby={describedBy}
        busy={busy}
        disabled={disabled}
        onClick={() => {
          setOpen(true);
          focusOn('title');
        }}
      >
        {label}
      </Button>
    );

  return (
    <fieldset aria-labelledby={titleId} className="confirm-panel confirm-step">
      <Heading id={titleId} ref={titleRef} tabIndex={-1}>
        {title}
      </Heading>
      {children}
      <div className="form-actions">
        <Button
          variant={confirmVariant}
          busy={busy}
          onClick={() => {
            void Promise.resolve(onConfirm()).finally(() => {
              setOpen(false);
              focusOn('lost');
            });
          }}
        >
          {confirmLabel}
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => {
            setOpen(false);
            focusOn('button');
          }}
        >
          {t('confirm.back')}
        </Button>
      </div>
    </fieldset>
  );
}
