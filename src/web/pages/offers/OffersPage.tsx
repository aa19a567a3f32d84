import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Offer, offersApi } from '../../api/applications';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { FilterTabs } from '../../components/FilterTabs';
import { ProblemMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ExpiryCountdown, OfferStatusBadge } from '../applications/labels';

type Box = 'received' | 'sent';
const BOXES: readonly Box[] = ['received', 'sent'];

/** /offers — スカウト: offers received (as a worker) and sent (as a client). */
export function OffersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('offers.title'));
  const location = useLocation();
  const box: Box = new URLSearchParams(location.search).get('box') === 'sent' ? 'sent' : 'received';
  const { state, reload } = useAsync(() => offersApi.mine(), 'offers');
  const label = (b: Box) => (b === 'sent' ? t('offers.sent') : t('offers.received'));

  return (
    <div className="offers-page">
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('offers.title') }]} />
      <h1>{t('offers.title')}</h1>
      <p className="lead">{t('offers.lead')}</p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          <Button variant="secondary" onClick={reload}>
            {t('common.retry')}
          </Button>
        </ProblemMessage>
      )}
      {state.status === 'done' && (
        <>
          <FilterTabs
            label={t('offers.tabs')}
            base="/offers"
            param="box"
            filters={BOXES}
            current={box}
            text={label}
            count={(b) => state.data[b].length}
            countSuffix={t('offers.countSuffix')}
          />
          <section aria-labelledby="offer-list" className="section">
            <h2 id="offer-list" className="visually-hidden">
              {label(box)}
            </h2>
            {state.data[box].length === 0 ? (
              <p className="card empty-state">{box === 'sent' ? t('offers.emptySent') : t('offers.emptyReceived')}</p>
            ) : (
              <ul className="job-list">
                {state.data[box].map((offer) => (
                  <OfferItem key={offer.id} offer={offer} box={box} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
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
