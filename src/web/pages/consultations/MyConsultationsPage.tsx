// /mypage/consultations — 相談窓口: the member's consultations and staff's answers.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries, type MyConsultationView } from '../../api/consultations';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from '../moderation/Moderation.module.css';

export const CONSULTATION_BADGE: Record<MyConsultationView['status'], string> = {
  open: 'badge-state-pending',
  in_progress: 'badge-state-pending',
  closed: 'badge-state-hired',
};

export function MyConsultationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(consultationQueries.mine());
  return (
    <Page
      title={t('consultations.mine.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('consultations.mine.lead')}
    >
      <p>
        <Link to="/consultations/new" className="btn btn-secondary">
          {t('consultations.mine.new')}
        </Link>
      </p>
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty-state">{t('consultations.mine.empty')}</p>
          ) : (
            <ul className={styles.list}>
              {data.items.map((c) => (
                <li key={c.id} className="card">
                  <p className={styles.head}>
                    <strong>{t(`consultations.categories.${c.category}`)}</strong>
                    <span className={`badge badge-state ${CONSULTATION_BADGE[c.status]}`}>
                      {t(`consultations.statuses.${c.status}`)}
                    </span>
                  </p>
                  <p className={`small muted ${styles.meta}`}>
                    {t('consultations.mine.sentAt')}: <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lang)}</time>
                    {c.reference && (
                      <>
                        {' '}
                        ・ {t('consultations.mine.about')}:{' '}
                        <Link to={`/contracts/${encodeURIComponent(c.reference.contractId)}`}>{c.reference.title}</Link>
                      </>
                    )}
                  </p>
                  <p className={styles.text}>{c.description}</p>
                  <h2 className="h3">{t('consultations.mine.answer')}</h2>
                  {c.answer ? (
                    <>
                      <p className={styles.text}>{c.answer}</p>
                      {c.answeredAt && (
                        <p className="small muted">
                          {t('consultations.mine.answeredAt')}:{' '}
                          <time dateTime={c.answeredAt}>{formatDateTime(c.answeredAt, lang)}</time>
                        </p>
                      )}
                    </>
                  ) : (
                    <p className="muted">{t('consultations.mine.noAnswer')}</p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}
