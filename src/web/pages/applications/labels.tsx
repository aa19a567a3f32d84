// Status badges and the expiry countdown shared by the application and offer pages.
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, OfferStatus } from '../../api/applications';
import { useLang } from '../../i18n';
import { formatDateTime, timeLeft } from '../../lib/format';

// The statuses are declared once, in the domain's transition tables.
export { OFFER_STATUSES } from '../../../domain/applications/offers';
export { APPLICATION_STATUSES } from '../../../domain/applications/process';

export function useStatusText() {
  const { t } = useTranslation();
  return {
    application: (s: ApplicationStatus): string => t(`applicationStatus.${s}`),
    offer: (s: OfferStatus): string => t(`offerStatus.${s}`),
  };
}

/** 選考中 / 採用 / 見送り / 取り下げ / 期限切れ */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const text = useStatusText();
  return <span className={`badge badge-state badge-state-${status}`}>{text.application(status)}</span>;
}

/** 回答待ち / 承諾 / 辞退 / 取り消し / 期限切れ */
export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const text = useStatusText();
  const tone = status === 'accepted' ? 'hired' : status === 'cancelled' ? 'withdrawn' : status;
  return <span className={`badge badge-state badge-state-${tone}`}>{text.offer(status)}</span>;
}

/** 「あと5日」「あと3時間」; an empty text once the time has passed. */
export function useCountdownText() {
  const { t } = useTranslation();
  return (iso: string): { text: string; soon: boolean } | null => {
    const left = timeLeft(iso);
    if (!left) return null;
    if (left.unit === 'past') return { text: '', soon: true };
    if (left.unit === 'hour') {
      return { text: left.n === 1 ? t('countdown.hourLeft') : t('countdown.hoursLeft', { n: left.n }), soon: true };
    }
    return { text: left.n === 1 ? t('countdown.dayLeft') : t('countdown.daysLeft', { n: left.n }), soon: left.n <= 3 };
  };
}

/**
 * 「選考期限まであと5日(期限を過ぎると自動で終了します)」 for a pending application, or
 * 「回答期限まであと3日…」 for a pending offer.
 */
export function ExpiryCountdown({ iso, kind, className }: { iso: string; kind: 'application' | 'offer'; className?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const countdown = useCountdownText()(iso);
  if (!countdown) return null;
  const ns = kind === 'application' ? 'application' : 'offers';
  const classes = ['expiry', countdown.soon ? 'expiry-soon' : '', className ?? ''].filter(Boolean).join(' ');
  if (countdown.text === '') {
    return (
      <p className={classes}>
        <time dateTime={iso} title={formatDateTime(iso, lang)}>
          {t(`${ns}.expiresPast`)}
        </time>
      </p>
    );
  }
  return (
    <p className={classes}>
      <time dateTime={iso} title={formatDateTime(iso, lang)}>
        {t(`${ns}.expiresIn`, { left: countdown.text })}
      </time>
      <span className="expiry-note">{t(`${ns}.expiresNote`)}</span>
    </p>
  );
}
