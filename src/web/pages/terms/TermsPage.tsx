import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { operatorQueries } from '../../api/operator';
import { useLang } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import styles from './TermsPage.module.css';
import { termsEn } from './terms-en';
import { termsJa } from './terms-ja';

/** 利用規約, in the UI language (the Japanese text prevails). */
export function TermsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const doc = lang === 'en' ? termsEn : termsJa;
  useDocumentTitle(t('terms.title'));
  // The operator is a setting; until it arrives the sentence names 「運営者」 rather than nobody.
  const operator = useQuery(operatorQueries.operator()).data?.legalName ?? (lang === 'en' ? 'the operator' : '運営者');

  return (
    <article className={styles.terms}>
      <h1>{t('terms.title')}</h1>
      {doc.intro.map((p) => (
        <p key={p}>{p.replaceAll('{operator}', operator)}</p>
      ))}
      <nav aria-label={t('terms.toc')} className={`card ${styles.toc}`}>
        <ol>
          {doc.articles.map((a, i) => (
            <li key={a.title}>
              <a href={`#article-${i + 1}`}>{a.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {doc.articles.map((a, i) => (
        <section key={a.title} id={`article-${i + 1}`} aria-labelledby={`article-${i + 1}-title`} className={styles.article}>
          <h2 id={`article-${i + 1}-title`}>{a.title}</h2>
          {a.paragraphs?.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {a.items && (
            <ol className={styles.items}>
              {a.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          )}
          {a.links?.map((link) => (
            <p key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </p>
          ))}
        </section>
      ))}
      <p className="muted">{doc.closing}</p>
    </article>
  );
}
