import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Offer, offerQueries } from '../../api/applications';
import { FilteredList } from '../../components/FilterTabs';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { ExpiryCountdown, OfferStatusBadge } from '../applications/labels';

type Box = 'received' | 'sent';
const BOXES: readonly Box[] = ['received', 'sent'];

/** /offers — スカウト: offers received (as a worker) and sent (as a client). */
export function OffersPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const box: Box = new URLSearchParams(location.search).get('box') === 'sent' ? 'sent' : 'received';
  const offers = useQuery(offerQueries.mine());
  const label = (b: Box) => (b === 'sent' ? t('offers.sent') : t('offers.received'));

  return (
    <Page
      className="offers-page"
      title={t('offers.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('offers.lead')}
    >
      <QueryView query={offers}>
        {(data) => (
          <FilteredList
            label={t('offers.tabs')}
            base="/offers"
            param="box"
            filters={BOXES}
            current={box}
            text={label}
            count={(b) => data[b].length}
            countSuffix={t('offers.countSuffix')}
            listId="offer-list"
            listClassName="job-list"
            items={data[box]}
            empty={box === 'sent' ? t('offers.emptySent') : t('offers.emptyReceived')}
          >
            {(offer) => <OfferItem key={offer.id} offer={offer} box={box} />}
          </FilteredList>
        )}
      </QueryView>
    </Page>
  );
}

function OfferItem({ offer, box }: { offer: Offer; box: Box }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `offer-${offer.id}-title`;
  const other = box === 'sent' ? offer.worker : offer.client;
  return (
    <li className="job-card card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="job-card-title">
          <Link to={`/jobs/${encodeURIComponent(offer.job.id)}`}>{offer.job.title}</Link>
        </h3>
        <p className="job-card-labels">
          <OfferStatusBadge status={offer.status} />
        </p>
        {offer.status === 'pending' && <ExpiryCountdown iso={offer.expiresAt} kind="offer" className="small" />}
        <dl className="job-meta">
          <div>
            <dt>{box === 'sent' ? t('offers.to') : t('offers.from')}</dt>
            <dd>{other.displayName}</dd>
          </div>
          <div>
            <dt>{t('offers.sentAt')}</dt>
            <dd>
              <time dateTime={offer.createdAt}>{formatDate(offer.createdAt, lang)}</time>
            </dd>
          </div>
        </dl>
        <p className="job-card-footer">
          <Link to={`/offers/${encodeURIComponent(offer.id)}`} className="btn btn-secondary btn-small">
            {t('offers.detailLink')}
            <span className="visually-hidden">: {offer.job.title}</span>
          </Link>
        </p>
      </article>
    </li>
  );
}
