import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkerCard as Worker } from '../../../shared/api/discovery';
import { OCCUPATIONS, PREFECTURES } from '../../../shared/labels';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import styles from './Discovery.module.css';

/** One worker in a list: name linking to the profile, rating, completed work, region, skills, and 「スカウトする」 when the viewer may. */
export function WorkerCard({ worker }: { worker: Worker }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `worker-${worker.username}-name`;
  const profile = `/u/${encodeURIComponent(worker.username)}`;
  return (
    <li className="job-card card">
      <article aria-labelledby={titleId} className={styles.card}>
        <div className={styles.head}>
          <span className="avatar" aria-hidden="true">
            {[...worker.displayName][0] ?? '?'}
          </span>
          <div>
            <h3 id={titleId} className="job-card-title">
              <Link to={profile}>{worker.displayName}</Link>
            </h3>
            <p className="muted small">@{worker.username}</p>
          </div>
        </div>
        <dl className="job-meta">
          <Fact label={t('discovery.card.rating')}>
            {worker.rating.average === null
              ? t('discovery.card.ratingNone')
              : t('discovery.card.ratingValue', { average: worker.rating.average.toFixed(1), count: worker.rating.count })}
          </Fact>
          <Fact label={t('discovery.card.completed')}>
            {t('discovery.card.completedValue', { count: worker.completedAsWorker })}
          </Fact>
          {worker.occupation && <Fact label={t('discovery.card.occupation')}>{OCCUPATIONS[worker.occupation][lang]}</Fact>}
          {(worker.prefecture || worker.homeOnly) && (
            <Fact label={t('discovery.card.prefecture')}>
              {[
                worker.prefecture ? (PREFECTURES[worker.prefecture]?.[lang] ?? '') : null,
                worker.homeOnly ? t('discovery.card.homeOnly') : null,
              ]
                .filter(Boolean)
                .join(lang === 'ja' ? '・' : ', ')}
            </Fact>
          )}
          <Fact label={t('discovery.card.memberSince')}>{formatDate(worker.memberSince, lang)}</Fact>
        </dl>
        {worker.skills.length > 0 && (
          <ul className="tags" aria-label={t('discovery.card.skills')}>
            {worker.skills.map((s) => (
              <li key={s} className="tag">
                {s}
              </li>
            ))}
          </ul>
        )}
        {worker.actions.includes('scout') && <ScoutLink username={worker.username} name={worker.displayName} />}
      </article>
    </li>
  );
}

/** 「スカウトする」: to the page that asks which open project the offer is for. */
export function ScoutLink({ username, name }: { username: string; name: string }) {
  const { t } = useTranslation();
  return (
    <p className={styles.actions}>
      <Link
        to={`/scout/${encodeURIComponent(username)}`}
        className="btn btn-primary"
        aria-label={t('discovery.card.scoutLabel', { name })}
      >
        {t('discovery.card.scout')}
      </Link>
    </p>
  );
}
