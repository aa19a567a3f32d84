import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { OfferDeclineBody } from '../../../shared/api/applications';
import { type Offer, offerQueries, offersApi } from '../../api/applications';
import { DateFact, DecidedFacts } from '../../components/applications/DecisionFacts';
import { DecisionSummary } from '../../components/applications/DecisionSummary';
import { DeclineForm, useDeclineForm } from '../../components/applications/DeclineForm';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ConfirmStep } from '../../components/ConfirmStep';
import { StaleActionAlert, StatusMessage } from '../../components/FormAlert';
import { MessageThread } from '../../components/MessageThread';
import { useLang } from '../../i18n';
import { formatYenText } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useQueryCache } from '../../lib/useQueryCache';
import { useRouteNoticeIs } from '../../lib/useRouteNotice';
import { ExpiryCountdown, OfferStatusBadge } from '../applications/labels';
import { ContractLink } from '../contracts/ContractLink';
import { NotFoundPage } from '../errors/NotFoundPage';

/** What the offer page shows once, right after the offer was sent. */
export interface OfferPageState {
  notice: 'sent';
}

/** /offers/:id — one offer for its worker and its client, with the thread between them. */
export function OfferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('offer.title'));
  const query = useQuery(offerQueries.detail(id));
  const { set: setData, reload } = useQueryCache(offerQueries.detail(id));
  const sent = useRouteNoticeIs('sent');

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('notFound.offerTitle')} body={t('notFound.offerBody')} />;
  }
  const offer = query.data ?? null;

  return (
    <div className="offer-page">
      <Breadcrumbs
        items={[
          { to: '/mypage', label: t('myPage.title') },
          { to: offer?.viewer.role === 'client' ? '/offers?box=sent' : '/offers', label: t('offers.title') },
          { label: t('offer.title') },
        ]}
      />
      <h1>{t('offer.title')}</h1>
      <StatusMessage>{sent && t('offer.sentNotice')}</StatusMessage>
      <QueryView query={query}>
        {(offer) => (
          <>
            <OfferView offer={offer} />
            <OfferActions offer={offer} onChange={setData} reload={reload} />
            <MessageThread threadId={offer.threadId} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function OfferView({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const lang = useLang();
  const worker = offer.viewer.role === 'worker';
  const other = worker ? offer.client : offer.worker;
  return (
    <>
      <ContractLink contractId={offer.contractId} />
      <DecisionSummary
        jobLabel={t('offer.job')}
        job={offer.job}
        status={<OfferStatusBadge status={offer.status} />}
        countdown={offer.status === 'pending' && <ExpiryCountdown iso={offer.expiresAt} kind="offer" />}
        otherLabel={worker ? t('offers.from') : t('offers.to')}
        other={other}
      >
        <DateFact label={t('offers.sentAt')} iso={offer.createdAt} />
        {typeof offer.amount === 'number' && (
          <div>
            <dt>{t('money.offer.amountShown')}</dt>
            <dd className="job-money">{formatYenText(offer.amount, lang)}</dd>
          </div>
        )}
        <DecidedFacts
          decidedAt={offer.decidedAt}
          declineReason={offer.status === 'declined' ? offer.declineReason : null}
          labels={{ decidedAt: t('offer.decidedAt'), declineReason: t('offer.declineReason') }}
        />
      </DecisionSummary>
      <section aria-labelledby="offer-message" className="section">
        <h2 id="offer-message">{t('offer.message')}</h2>
        <div className="job-text">{offer.message}</div>
      </section>
    </>
  );
}

type Busy = 'accept' | 'decline' | 'cancel' | null;

/** Worker: 「オファーを承諾する」 or 「辞退する」 with a reason; client: 「オファーを取り消す」. */
function OfferActions({ offer, onChange, reload }: { offer: Offer; onChange: (next: Offer) => void; reload: () => void }) {
  const { t } = useTranslation();
  const form = useDeclineForm(OfferDeclineBody);
  const [busy, setBusy] = useState<Busy>(null);
  const [declining, setDeclining] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ target: 'status' | 'reason' | 'decline'; n: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const worker = offer.viewer.role === 'worker';
  const pending = offer.status === 'pending';

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'status') statusRef.current?.focus();
    if (focus.target === 'reason') document.getElementById('offer-decline-reason')?.focus();
    if (focus.target === 'decline') document.getElementById('offer-decline')?.focus();
  }, [focus]);
  const focusOn = (target: 'status' | 'reason' | 'decline') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const act = async (action: Exclude<Busy, null>, call: () => Promise<Offer>, done: string) => {
    setNotice(null);
    setBusy(action);
    const settle = async () => {
      onChange(await call());
      setNotice(done);
      setDeclining(false);
      focusOn('status');
    };
    try {
      // The decline form's own submission has checked the reason and shows its problem.
      await (action === 'decline' ? settle() : form.run(settle));
    } finally {
      setBusy(null);
    }
  };

  if (!pending && notice === null && !form.problem) return null;

  return (
    <section aria-labelledby="offer-actions" className="section card">
      <h2 id="offer-actions">{worker ? t('offer.actions') : t('offer.actionsClient')}</h2>
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      <StaleActionAlert form={form} stale={form.problem?.code === 'offer-transition-invalid'} onReload={reload} />
      {pending && worker && (
        <>
          <div className="decision-actions">
            <ConfirmStep
              busy={busy === 'accept'}
              disabled={busy !== null || declining}
              label={t('offer.accept')}
              title={t('confirm.acceptOffer.title')}
              confirmLabel={t('confirm.acceptOffer.confirm')}
              onConfirm={() => act('accept', () => offersApi.accept(offer.id), t('offer.accepted'))}
            >
              <p>{t('confirm.acceptOffer.body')}</p>
            </ConfirmStep>
            {!declining && (
              <Button
                id="offer-decline"
                variant="danger"
                disabled={busy !== null}
                onClick={() => {
                  form.clearProblem();
                  setDeclining(true);
                  focusOn('reason');
                }}
              >
                {t('offer.decline')}
              </Button>
            )}
          </div>
          {declining && (
            <DeclineForm
              form={form}
              reasonId="offer-decline-reason"
              label={t('offer.declineReasonLabel')}
              confirmLabel={t('offer.declineConfirm')}
              backLabel={t('offer.back')}
              busy={busy === 'decline'}
              onDecline={(reason) => act('decline', () => offersApi.decline(offer.id, reason), t('offer.declined'))}
              onBack={() => {
                setDeclining(false);
                focusOn('decline');
              }}
            />
          )}
        </>
      )}
      {pending && !worker && (
        <div className="decision-actions">
          <Button
            variant="danger"
            busy={busy === 'cancel'}
            onClick={() => void act('cancel', () => offersApi.cancel(offer.id), t('offer.cancelled'))}
          >
            {t('offer.cancel')}
          </Button>
        </div>
      )}
    </section>
  );
}
