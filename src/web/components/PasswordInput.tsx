import { type InputHTMLAttributes, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { Field } from './Field';

type Props = {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  id?: string;
  autoComplete: 'current-password' | 'new-password';
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'required' | 'autoComplete'>;

/** A password field with a show/hide toggle; the value is never trimmed. */
export function PasswordInput({ label, hint, error, required, id, ...input }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => (
        <div className="password">
          <input
            className="input"
            type={visible ? 'text' : 'password'}
            spellCheck={false}
            autoCapitalize="none"
            {...input}
            {...control}
          />
          <button
            type="button"
            className="password-toggle"
            aria-pressed={visible}
            aria-controls={control.id}
            onClick={() => setVisible((v) => !v)}
          >
            {t('common.showPassword', { label: lang === 'en' ? label.toLowerCase() : label })}
          </button>
        </div>
      )}
    </Field>
  );
}
