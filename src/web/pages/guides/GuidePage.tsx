import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { jobQueries } from '../../api/jobs';
import { serviceQueries } from '../../api/services';
import { Page } from '../../components/Page';
import { QueryView } from '../../lib/query';
import { NotFoundPage } from '../errors/NotFoundPage';
import { JobCard } from '../jobs/JobCard';
import { type SearchState, searchHref, toApiParams } from '../jobs/searchState';
import { ServiceCard } from '../services/ServiceCard';
import { type ServiceSearchState, serviceSearchPath, toServiceApiParams } from '../services/serviceSearchState';
import { ClientMethods } from './ClientMethods';
import styles from './Guide.module.css';
import { GUIDE_LIST_SIZE, GUIDE_LISTS, GUIDE_POINTS, type GuideList, hasPoints, type PointedPersona } from './guideContent';
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
        <LiveList key={list.key} list={list} />
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

/** A guide's live list: the first few results of its search, and a link to all of them. */
function LiveList({ list }: { list: GuideList }) {
  const { t } = useTranslation();
  const headingId = `guide-list-${list.key}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t(`guides.lists.${list.key}.title`)}</h2>
      <p className="muted">{t(`guides.lists.${list.key}.note`)}</p>
      {list.source === 'jobs' ? <LiveJobs search={list.search} /> : <LiveServices search={list.search} />}
    </section>
  );
}

function LiveJobs({ search }: { search: SearchState }) {
  const { t } = useTranslation();
  const query = useQuery(jobQueries.search({ ...toApiParams(search), perPage: GUIDE_LIST_SIZE }));
  return (
    <QueryView query={query}>
      {(result) => (
        <ListOrNone count={result.items.length} empty={t('guides.noneOpen')}>
          <ul className="job-list">
            {result.items.map((job) => (
              <JobCard key={job.id} job={job} />
            ))}
          </ul>
          <SeeAll
            to={`/jobs${searchHref(search)}`}
            text={t(result.totalCapped ? 'guides.seeAllCapped' : 'guides.seeAll', { count: result.total })}
          />
        </ListOrNone>
      )}
    </QueryView>
  );
}

function LiveServices({ search }: { search: ServiceSearchState }) {
  const { t } = useTranslation();
  const query = useQuery(serviceQueries.search(toServiceApiParams(search)));
  return (
    <QueryView query={query}>
      {(result) => (
        <ListOrNone count={result.items.length} empty={t('guides.noServices')}>
          <ul className="job-list">
            {result.items.slice(0, GUIDE_LIST_SIZE).map((service) => (
              <ServiceCard key={service.id} service={service} />
            ))}
          </ul>
          <SeeAll to={serviceSearchPath(search)} text={t('guides.seeAllServices', { count: result.total })} />
        </ListOrNone>
      )}
    </QueryView>
  );
}

function ListOrNone({ count, empty, children }: { count: number; empty: string; children: ReactNode }) {
  if (count === 0) return <p className={styles.empty}>{empty}</p>;
  return children;
}

function SeeAll({ to, text }: { to: string; text: string }) {
  return (
    <p className={styles.more}>
      <Link to={to}>{text}</Link>
    </p>
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
