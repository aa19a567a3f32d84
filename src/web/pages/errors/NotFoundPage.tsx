import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import styles from './NotFoundPage.module.css';

/** The 404 page, for unknown addresses and for data the server says does not exist. */
export function NotFoundPage({ title, body }: { title?: string; body?: string }) {
  const { t } = useTranslation();
  const heading = title ?? t('notFound.title');
  useDocumentTitle(heading);
  return (
    <div className={`narrow ${styles.notFound}`}>
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1>{heading}</h1>
      <p>{body ?? t('notFound.body')}</p>
      <p>
        <Link to="/" className="btn btn-secondary">
          {t('common.backToTop')}
        </Link>
      </p>
    </div>
  );
}
