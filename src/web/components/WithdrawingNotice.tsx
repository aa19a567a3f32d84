import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../app/auth';

/**
 * While a scheduled withdrawal (予約退会) runs, nothing new can be started: said up front,
 * where the member would otherwise start writing, with the way to the reservation.
 * Renders nothing otherwise. `what` names what cannot be done here.
 */
export function WithdrawingNotice({ what, id = 'withdrawing-notice' }: { what?: 'apply' | 'post'; id?: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!user?.withdrawing) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="alert alert-info withdrawing-notice">
      <h2 id={`${id}-title`} className="alert-title">
        {t('withdrawing.title')}
      </h2>
      <p>{what === 'apply' ? t('withdrawing.apply') : what === 'post' ? t('withdrawing.post') : t('withdrawing.body')}</p>
      <p>
        <Link to="/mypage/withdrawal">{t('withdrawing.link')}</Link>
      </p>
    </section>
  );
}

/** Whether a scheduled withdrawal runs (new applications and postings are refused). */
export function useWithdrawing(): boolean {
  return useAuth().user?.withdrawing === true;
}
