import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { moneyQueries } from '../../api/money';
import { Button } from '../../components/Button';
import { yen } from '../documents/docParts';

/** マイページ's 報酬残高 ¥N, with the way to 取引明細. */
export function EarningsSummary() {
  const { t } = useTranslation();
  const earnings = useQuery(moneyQueries.earnings());
  return (
    <section aria-labelledby="mypage-earnings" className="section earnings card">
      <div className="earnings-main">
        <h2 id="mypage-earnings" className="earnings-title">
          {t('money.earnings.title')}
        </h2>
        <p className="earnings-value" aria-live="polite" aria-busy={earnings.isPending}>
          {earnings.isSuccess && yen(earnings.data.balance)}
          {earnings.isPending && <span className="muted small">{t('common.loading')}</span>}
          {earnings.isError && <span className="muted small">{t('money.earnings.failed')}</span>}
        </p>
        {earnings.isError && (
          <Button variant="secondary" className="btn-small" onClick={() => void earnings.refetch()}>
            {t('common.retry')}
          </Button>
        )}
      </div>
      <p className="muted small">{t('money.earnings.lead')}</p>
      <p className="earnings-link">
        <Link to="/mypage/payouts">{t('payouts.myPage.link')}</Link>
        <span aria-hidden="true"> ・ </span>
        <Link to="/mypage/statements">{t('money.earnings.statements')}</Link>
      </p>
    </section>
  );
}
