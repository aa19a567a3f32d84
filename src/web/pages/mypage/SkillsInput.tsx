import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';

/** Splits 「React, TypeScript、Figma」 into skills. */
export function splitSkills(text: string): string[] {
  return text
    .split(/[,、,\n]/)
    .map((s) => s.normalize('NFC').trim())
    .filter((s) => s.length > 0);
}

export function mergeSkills(current: readonly string[], added: readonly string[]): string[] {
  const next = [...current];
  for (const skill of added) if (!next.includes(skill)) next.push(skill);
  return next;
}

interface Props {
  skills: string[];
  onChange: (skills: string[]) => void;
  pending: string;
  onPendingChange: (text: string) => void;
  /** Errors keyed "skills" or "skills.N". */
  errors: Record<string, string>;
}

/** A tag input: type a skill, press Enter or 追加; each tag has its own remove button. */
export function SkillsInput({ skills, onChange, pending, onPendingChange, errors }: Props) {
  const { t } = useTranslation();
  const [announce, setAnnounce] = useState('');

  const add = () => {
    const added = splitSkills(pending);
    if (added.length === 0) return;
    onChange(mergeSkills(skills, added));
    onPendingChange('');
    setAnnounce(added.join('、'));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter while an IME is composing confirms the conversion; it must not add a tag.
    if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      add();
    }
  };

  const messages = [
    errors.skills,
    ...skills.flatMap((skill, i) => {
      const message = errors[`skills.${i}`];
      return message ? [t('profile.skillItemError', { skill, message })] : [];
    }),
  ].filter((m): m is string => Boolean(m));

  return (
    <div className="skills">
      <Field
        label={t('profile.skills')}
        hint={t('profile.skillsHint')}
        error={messages.length > 0 ? messages.join(' ') : undefined}
      >
        {(control) => (
          <div className="inline-input">
            <input
              className="input"
              type="text"
              name="skill"
              autoComplete="off"
              value={pending}
              onChange={(e) => onPendingChange(e.currentTarget.value)}
              onKeyDown={onKeyDown}
              {...control}
            />
            <Button variant="secondary" onClick={add}>
              {t('profile.skillsAdd')}
            </Button>
          </div>
        )}
      </Field>
      {skills.length > 0 ? (
        <ul className="tags" aria-label={t('profile.skillsList')}>
          {skills.map((skill, i) => (
            <li key={skill} className={errors[`skills.${i}`] ? 'tag tag-invalid' : 'tag'}>
              <span>{skill}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('profile.skillsRemove', { skill })}
                onClick={() => onChange(skills.filter((s) => s !== skill))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('profile.skillsEmpty')}</p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
