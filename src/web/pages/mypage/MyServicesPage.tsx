import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ServiceStatus } from '../../../domain/services/process';
import { type MyService, serviceQueries } from '../../api/services';
import { readFilter } from '../../components/FilterTabs';
import { Fact } from '../../components/facts/Fact';
import { StatusFilteredList } from '../../components/lists/StatusFilteredList';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { ServiceStatusButtons } from '../services/ServiceActions';
import { ServiceCard } from '../services/ServiceCard';
import { useServiceText } from '../services/serviceText';

type Filter = 'all' | ServiceStatus;
/** The tabs in the order sellers look for them. */
const FILTERS: [Filter, ...Filter[]] = ['all', 'published', 'draft', 'paused', 'hidden'];

/** /mypage/services — 出品したサービス: every service of the seller, with the status changes each allows. */
export function MyServicesPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const filter = readFilter(location.search, FILTERS);
  const query = useQuery(serviceQueries.mine());

  return (
    <Page
      title={t('services.mine.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('services.mine.lead')}
      headingExtra={
        <Link to="/services/new" className="btn btn-primary">
          {t('services.mine.newService')}
        </Link>
      }
    >
      <QueryView query={query}>{(items) => <MyServiceList items={items} filter={filter} />}</QueryView>
    </Page>
  );
}

function MyServiceList({ items, filter }: { items: MyService[]; filter: Filter }) {
  const { t } = useTranslation();
  const text = useServiceText();
  return (
    <StatusFilteredList
      items={items}
      filters={FILTERS}
      filter={filter}
      base="/mypage/services"
      headingId="my-services-list"
      text={{
        filter: t('services.mine.filter'),
        countSuffix: t('services.mine.countSuffix'),
        empty: t('services.mine.empty'),
        emptyStatus: t('services.mine.emptyStatus'),
        label: (f) => (f === 'all' ? t('services.mine.all') : text.status(f)),
      }}
      renderItem={(service) => <MyServiceItem key={service.id} service={service} />}
    />
  );
}

function MyServiceItem({ service }: { service: MyService }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ServiceCard
      service={service}
      showStatus="all"
      showSeller={false}
      extraFacts={
        <>
          <Fact label={t('services.mine.inProgress')}>
            {t('services.mine.inProgressValue', { count: formatNumber(service.ordersInProgress, lang) })}
          </Fact>
          <Fact label={t('services.mine.updated')}>{formatDate(service.updatedAt, lang)}</Fact>
        </>
      }
      footer={<ServiceStatusButtons service={service} actions={service.actions} compact />}
    />
  );
}
