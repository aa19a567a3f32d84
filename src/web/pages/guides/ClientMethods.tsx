import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobKind } from '../../../domain/jobs/posting';
import { jobQueries } from '../../api/jobs';
import { serviceQueries } from '../../api/services';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import styles from './Guide.module.css';

/** The ways to have work done, side by side: the three kinds of posting and buying a service. */
const METHODS = ['project', 'task', 'competition', 'service'] as const satisfies readonly (JobKind | 'service')[];

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
            {METHODS.map((method) => (
              <tr key={method}>
                <th scope="row">{t(`guides.clients.methods.${method}.name`)}</th>
                <td>{t(`guides.clients.methods.${method}.suits`)}</td>
                <td>{t(`guides.clients.methods.${method}.payment`)}</td>
                <td>{method === 'service' ? <ServiceCount /> : <OpenCount kind={method} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.post}>
        <Link to="/jobs/new" className="btn btn-primary">
          {t('guides.clients.post')}
        </Link>{' '}
        <Link to="/services" className="btn btn-secondary">
          {t('guides.clients.browseServices')}
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
  if (!query.isSuccess) return <Pending failed={query.isError} />;
  const count = formatNumber(query.data.total, lang);
  return (
    <Link to={`/jobs?kind=${kind}`}>
      {query.data.totalCapped ? t('guides.openCountCapped', { count }) : t('guides.openCount', { count })}
    </Link>
  );
}

/** How many services can be bought or looked at now, linking to them. */
function ServiceCount() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(serviceQueries.search({}));
  if (!query.isSuccess) return <Pending failed={query.isError} />;
  return <Link to="/services">{t('guides.serviceCount', { count: formatNumber(query.data.total, lang) })}</Link>;
}

function Pending({ failed }: { failed: boolean }) {
  const { t } = useTranslation();
  return <span className="muted">{failed ? t('guides.countUnknown') : '…'}</span>;
}
