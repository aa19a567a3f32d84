import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicProfile } from '../../../shared/api/accounts';
import { OCCUPATIONS, PREFECTURES, TIMES_OF_DAY } from '../../../shared/labels';
import { accountQueries } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { InvoiceStatus } from '../../components/InvoiceStatus';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { BlockButton } from '../blocks/BlockButton';
import { FavouriteButton } from '../discovery/FavouriteButton';
import { ScoutLink } from '../discovery/WorkerCard';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ReportLink } from '../moderation/ReportLink';
import { ProfileServices } from '../services/ProfileServices';
import { ProfileReviewsSection } from './ProfileReviews';

/** /u/:username — what other members see. */
export function PublicProfilePage() {
  const { t } = useTranslation();
  const { username = '' } = useParams();
  const query = useQuery(accountQueries.publicProfile(username));
  const notFound = queryProblem(query)?.code === 'not-found';
  return (
    <div>
      {!query.isSuccess && !notFound && <h1 className={query.isPending ? 'visually-hidden' : undefined}>@{username}</h1>}
      <QueryView query={query} notFound={<NotFoundPage title={t('notFound.userTitle')} body={t('notFound.userBody')} />}>
        {(user) => <ProfileView user={user} />}
      </QueryView>
    </div>
  );
}

function ProfileView({ user }: { user: PublicProfile }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = user.withdrawn ? t('publicProfile.withdrawn') : user.displayName;
  useDocumentTitle(name);
  const viewer = useAuth().user;

  if (user.withdrawn) {
    return (
      <article className="profile card">
        <h1>{t('publicProfile.withdrawn')}</h1>
        <p className="muted">@{user.username}</p>
        <p>{t('publicProfile.withdrawnBody')}</p>
      </article>
    );
  }

  const p = user.profile;
  const hasWork =
    p && (p.occupation !== null || p.hoursPerWeek !== null || p.homeOnly || p.timesOfDay.length > 0 || p.prefecture);
  return (
    <article className="profile">
      <header className="profile-header card">
        <span className="avatar" aria-hidden="true">
          {[...user.displayName][0] ?? '?'}
        </span>
        <div>
          <h1 className="profile-name">{user.displayName}</h1>
          <p className="muted">@{user.username}</p>
          {user.memberSince && (
            <p className="muted small">{t('publicProfile.memberSince', { date: formatDate(user.memberSince, lang) })}</p>
          )}
          {p && (
            <p className="small">
              <InvoiceStatus number={p.invoiceNumber} />
            </p>
          )}
          {user.actions.includes('scout') && <ReportLink kind="member" id={user.username} label={user.displayName} />}
          {user.actions.includes('scout') && (
            <div className="form-actions">
              <ScoutLink username={user.username} name={user.displayName} />
              <FavouriteButton kind="member" id={user.username} name={user.displayName} />
            </div>
          )}
          {viewer && viewer.username !== user.username && !viewer.staffRole && (
            <BlockButton username={user.username} name={user.displayName} />
          )}
        </div>
      </header>

      {!p && <p>{t('publicProfile.noProfile')}</p>}

      {p?.bio && (
        <section aria-labelledby="pp-about" className="section">
          <h2 id="pp-about">{t('publicProfile.about')}</h2>
          <p className="bio">{p.bio}</p>
        </section>
      )}

      {p && p.skills.length > 0 && (
        <section aria-labelledby="pp-skills" className="section">
          <h2 id="pp-skills">{t('publicProfile.skills')}</h2>
          <ul className="tags">
            {p.skills.map((s) => (
              <li key={s} className="tag">
                {s}
              </li>
            ))}
          </ul>
        </section>
      )}

      {p && hasWork && (
        <section aria-labelledby="pp-work" className="section">
          <h2 id="pp-work">{t('publicProfile.work')}</h2>
          <dl className="facts">
            {p.occupation && (
              <div>
                <dt>{t('publicProfile.occupation')}</dt>
                <dd>{OCCUPATIONS[p.occupation][lang]}</dd>
              </div>
            )}
            {(p.hoursPerWeek !== null || p.homeOnly) && (
              <div>
                <dt>{t('publicProfile.availability')}</dt>
                <dd>
                  {[
                    p.hoursPerWeek !== null ? t('publicProfile.hours', { n: p.hoursPerWeek }) : null,
                    p.homeOnly ? t('publicProfile.homeOnly') : null,
                  ]
                    .filter(Boolean)
                    .join(lang === 'ja' ? '・' : ', ')}
                </dd>
              </div>
            )}
            {p.timesOfDay.length > 0 && (
              <div>
                <dt>{t('publicProfile.timesOfDay')}</dt>
                <dd>{p.timesOfDay.map((k) => TIMES_OF_DAY[k][lang]).join(lang === 'ja' ? '、' : ', ')}</dd>
              </div>
            )}
            {p.prefecture && (
              <div>
                <dt>{t('publicProfile.prefecture')}</dt>
                <dd>{PREFECTURES[p.prefecture]?.[lang] ?? p.prefecture}</dd>
              </div>
            )}
          </dl>
        </section>
      )}

      <ProfileServices username={user.username} />

      {p && p.portfolioLinks.length > 0 && (
        <section aria-labelledby="pp-links" className="section">
          <h2 id="pp-links">{t('publicProfile.links')}</h2>
          <ul className="link-list">
            {p.portfolioLinks.filter(isHttpUrl).map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="nofollow ugc noopener" className="break">
                  {url}
                  <span className="visually-hidden">{t('publicProfile.newWindow')}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ProfileReviewsSection username={user.username} />
    </article>
  );
}

/** Only http(s) links are rendered as links; anything else could run script. */
function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
