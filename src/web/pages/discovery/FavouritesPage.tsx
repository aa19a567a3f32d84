import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { FAVOURITE_KINDS, type FavouriteKind } from '../../../domain/discovery/favourites';
import type { FavouritesResult } from '../../../shared/api/discovery';
import { discoveryQueries } from '../../api/discovery';
import { Page } from '../../components/Page';
import { QueryView } from '../../lib/query';
import { JobCard } from '../jobs/JobCard';
import { Pagination } from '../jobs/Pagination';
import { ServiceCard } from '../services/ServiceCard';
import styles from './Discovery.module.css';
import { FavouriteButton } from './FavouriteButton';
import { WorkerCard } from './WorkerCard';

/** /mypage/favourites — お気に入り: kept postings, services and members, newest first, of one kind or all. */
export function FavouritesPage() {
  const { t } = useTranslation();
  const params = new URLSearchParams(useLocation().search);
  const kindParam = params.get('kind') ?? '';
  const kind = (FAVOURITE_KINDS as readonly string[]).includes(kindParam) ? (kindParam as FavouriteKind) : '';
  const page = Math.max(1, Math.min(100, Number(params.get('page')) || 1));
  const query = useQuery(discoveryQueries.favourites(kind, page));
  const href = (k: FavouriteKind | '', p = 1) =>
    `/mypage/favourites${k || p > 1 ? `?${new URLSearchParams({ ...(k ? { kind: k } : {}), ...(p > 1 ? { page: String(p) } : {}) })}` : ''}`;
  return (
    <Page
      title={t('discovery.favourites.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('discovery.favourites.lead')}
    >
      <nav aria-label={t('discovery.favourites.kinds')} className={`section ${styles.kinds}`}>
        <ul className="tags">
          {(['', ...FAVOURITE_KINDS] as const).map((k) => (
            <li key={k || 'all'}>
              <Link to={href(k)} className="tag" aria-current={k === kind ? 'page' : undefined}>
                {t(`discovery.favourites.${k || 'all'}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryView query={query}>{(result) => <Favourites result={result} href={(p) => href(kind, p)} />}</QueryView>
    </Page>
  );
}

function Favourites({ result, href }: { result: FavouritesResult; href: (page: number) => string }) {
  const { t } = useTranslation();
  if (result.items.length === 0)
    return (
      <div className="card empty-state">
        <p>{t('discovery.favourites.empty')}</p>
      </div>
    );
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  return (
    <>
      <ul className="job-list">
        {result.items.map((f) => {
          if (f.kind === 'job') return <JobCard key={`job-${f.job.id}`} job={f.job} />;
          if (f.kind === 'service')
            return (
              <ServiceCard
                key={`service-${f.service.id}`}
                service={f.service}
                footer={<FavouriteButton kind="service" id={f.service.id} name={f.service.title} />}
              />
            );
          return <WorkerCard key={`member-${f.member.username}`} worker={{ ...f.member, actions: [] }} />;
        })}
      </ul>
      <Pagination page={result.page} pages={pages} href={href} />
    </>
  );
}
