import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serviceQueries } from '../../api/services';
import { ItemList } from '../../components/ItemList';
import { QueryView } from '../../lib/query';
import { ServiceCard } from './ServiceCard';

/** 出品中のサービス on a member's public profile: their published and paused services. */
export function ProfileServices({ username }: { username: string }) {
  const { t } = useTranslation();
  const query = useQuery(serviceQueries.ofUser(username));
  return (
    <section aria-labelledby="pp-services" className="section">
      <h2 id="pp-services">{t('services.profile.title')}</h2>
      <QueryView query={query}>
        {(items) => (
          <ItemList items={items} empty={t('services.profile.empty')} className="job-list">
            {(service) => <ServiceCard key={service.id} service={service} showSeller={false} />}
          </ItemList>
        )}
      </QueryView>
    </section>
  );
}
