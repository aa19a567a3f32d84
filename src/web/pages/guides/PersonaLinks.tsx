import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './PersonaLinks.module.css';
import { PERSONAS, type Persona } from './personas';

/** Links to the guides, as cards; the home page shows all four. */
export function PersonaLinks({ except }: { except?: Persona }) {
  const { t } = useTranslation();
  return (
    <ul className={styles.links}>
      {PERSONAS.filter((p) => p !== except).map((p) => (
        <li key={p} className="card">
          <Link to={`/guide/${p}`} className={styles.link}>
            {t(`guides.${p}.title`)}
          </Link>
          <p>{t(`guides.${p}.teaser`)}</p>
        </li>
      ))}
    </ul>
  );
}
