import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { jobQueries } from '../../api/jobs';
import { Page } from '../../components/Page';
import { QueryView } from '../../lib/query';
import { NotFoundPage } from '../errors/NotFoundPage';
import { JobCard } from '../jobs/JobCard';
import { searchHref, toApiParams } from '../jobs/searchState';
import { ClientMethods } from './ClientMethods';
import styles from './Guide.module.css';
import { GUIDE_LIST_SIZE, GUIDE_LISTS, GUIDE_POINTS, type GuideJobList, hasPoints, type PointedPersona } from './guideContent';
import { PersonaLinks } from './PersonaLinks';
import { isPersona, type Persona } from './personas';

/** /guide/:persona — a guide for one kind of member: what to do first, and live work that suits them. */
export function GuidePage() {
  const { persona } = useParams();
  if (!isPersona(persona)) return <NotFoundPage />;
  return <Guide persona={persona} />;
}

function Guide({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  return (
    <Page
      title={t(`guides.${persona}.title`)}
      crumbs={[{ label: t('guides.home'), to: '/' }]}
      lead={t(`guides.${persona}.lead`)}
      className={styles.guide}
    >
      {hasPoints(persona) && <GuidePoints persona={persona} />}
      {persona === 'clients' && <ClientMethods />}
      {GUIDE_LISTS[persona].map((list) => (
        <LiveJobs key={list.key} list={list} />
      ))}
      <GuideLinks current={persona} />
    </Page>
  );
}

/** What to do first, as numbered cards. */
function GuidePoints({ persona }: { persona: PointedPersona }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="guide-points" className="section">
      <h2 id="guide-points">{t(`guides.${persona}.pointsTitle`)}</h2>
      <ol className={styles.points}>
        {GUIDE_POINTS.map((n) => (
          <li key={n} className="card">
            <h3>{t(`guides.${persona}.points.${n}.title`)}</h3>
            <p>{t(`guides.${persona}.points.${n}.body`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A guide's live list: the first few open postings of its search, and a link to all of them. */
function LiveJobs({ list }: { list: GuideJobList }) {
  const { t } = useTranslation();
  const query = useQuery(jobQueries.search({ ...toApiParams(list.search), perPage: GUIDE_LIST_SIZE }));
  const headingId = `guide-list-${list.key}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t(`guides.lists.${list.key}.title`)}</h2>
      <p className="muted">{t(`guides.lists.${list.key}.note`)}</p>
      <QueryView query={query}>
        {(result) =>
          result.items.length === 0 ? (
            <p className={styles.empty}>{t('guides.noneOpen')}</p>
          ) : (
            <>
              <ul className="job-list">
                {result.items.map((job) => (
                  <JobCard key={job.id} job={job} />
                ))}
              </ul>
              <p className={styles.more}>
                <Link to={`/jobs${searchHref(list.search)}`}>
                  {result.totalCapped
                    ? t('guides.seeAllCapped', { count: result.total })
                    : t('guides.seeAll', { count: result.total })}
                </Link>
              </p>
            </>
          )
        }
      </QueryView>
    </section>
  );
}

/** The other guides, so a reader who is not this kind of member finds theirs. */
function GuideLinks({ current }: { current: Persona }) {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="guide-others" className="section">
      <h2 id="guide-others">{t('guides.others')}</h2>
      <PersonaLinks except={current} />
    </nav>
  );
}
