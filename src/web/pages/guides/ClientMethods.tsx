import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobKind } from '../../../domain/jobs/posting';
import { jobQueries } from '../../api/jobs';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import styles from './Guide.module.css';

/** The ways to have work done, side by side, each with what is open on the marketplace now. */
const METHODS: { kind: JobKind }[] = [{ kind: 'project' }, { kind: 'task' }, { kind: 'competition' }];

/** どの依頼方法を選ぶか: a table of the methods, what each suits, how payment works, and live counts. */
export function ClientMethods() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="guide-methods" className="section">
      <h2 id="guide-methods">{t('guides.clients.methodsTitle')}</h2>
      <div className={styles.tableWrap}>
        <table className={styles.methods}>
          <caption className="visually-hidden">{t('guides.clients.methodsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('guides.clients.method')}</th>
              <th scope="col">{t('guides.clients.suits')}</th>
              <th scope="col">{t('guides.clients.payment')}</th>
              <th scope="col">{t('guides.clients.open')}</th>
            </tr>
          </thead>
          <tbody>
            {METHODS.map(({ kind }) => (
              <tr key={kind}>
                <th scope="row">{t(`guides.clients.methods.${kind}.name`)}</th>
                <td>{t(`guides.clients.methods.${kind}.suits`)}</td>
                <td>{t(`guides.clients.methods.${kind}.payment`)}</td>
                <td>
                  <OpenCount kind={kind} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.post}>
        <Link to="/jobs/new" className="btn btn-primary">
          {t('guides.clients.post')}
        </Link>
      </p>
    </section>
  );
}

/** How many postings of a kind are open now, linking to them. */
function OpenCount({ kind }: { kind: JobKind }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(jobQueries.search({ kind, perPage: 1 }));
  if (!query.isSuccess) return <span className="muted">{query.isError ? t('guides.countUnknown') : '…'}</span>;
  const count = formatNumber(query.data.total, lang);
  return (
    <Link to={`/jobs?kind=${kind}`}>
      {query.data.totalCapped ? t('guides.openCountCapped', { count }) : t('guides.openCount', { count })}
    </Link>
  );
}
