import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';

export const MAX_LINKS = 10;

interface Props {
  links: string[];
  onChange: (links: string[]) => void;
  /** Errors keyed "portfolioLinks" or "portfolioLinks.N". */
  errors: Record<string, string>;
}

/** A list of URL fields with add and remove buttons. */
export function PortfolioLinks({ links, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (i: number, value: string) => onChange(links.map((l, j) => (j === i ? value : l)));
  const remove = (i: number) => {
    const next = links.filter((_, j) => j !== i);
    onChange(next.length > 0 ? next : ['']);
  };

  return (
    <fieldset className="fieldset">
      <legend>{t('profile.portfolio')}</legend>
      <p className="field-hint">{t('profile.portfolioHint')}</p>
      {errors.portfolioLinks && <p className="field-error">{errors.portfolioLinks}</p>}
      <ol className="link-inputs">
        {links.map((link, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the field's identity.
          <li key={i}>
            <Field label={t('profile.portfolioLink', { n: i + 1 })} error={errors[`portfolioLinks.${i}`]}>
              {(control) => (
                <div className="inline-input">
                  <input
                    className="input"
                    type="url"
                    inputMode="url"
                    name={`portfolioLinks.${i}`}
                    placeholder="https://"
                    value={link}
                    onChange={(e) => set(i, e.currentTarget.value)}
                    {...control}
                  />
                  <Button variant="quiet" aria-label={t('profile.portfolioRemove', { n: i + 1 })} onClick={() => remove(i)}>
                    {t('common.remove')}
                  </Button>
                </div>
              )}
            </Field>
          </li>
        ))}
      </ol>
      {links.length < MAX_LINKS && (
        <Button variant="secondary" onClick={() => onChange([...links, ''])}>
          {t('profile.portfolioAdd')}
        </Button>
      )}
    </fieldset>
  );
}
