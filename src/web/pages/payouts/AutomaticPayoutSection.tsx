import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { japaneseDate, payoutSettingsApi, payoutSettingsQueries } from '../../api/payout-settings';
import { formatYen } from '../../lib/format';

/** 自動出金 on the payouts page, and when each part of the balance is paid (the 60-day rule). */
export function AutomaticPayoutSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(payoutSettingsQueries.settings());
  const [draft, setDraft] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: (automatic: boolean) => payoutSettingsApi.set(automatic),
    onSuccess: (saved) => {
      queryClient.setQueryData(payoutSettingsQueries.settings().queryKey, saved);
      setDraft(null);
    },
  });
  const data = settings.data;
  if (!data) return null;
  const automatic = draft ?? data.automatic;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(automatic);
  };
  return (
    <>
      {data.payeeIdentity.required && !data.payeeIdentity.registered && (
        <p className="alert alert-warning" role="note">
          {t('autoPayouts.payeeRequired')} <Link to="/mypage/account#payee">{t('autoPayouts.payeeLink')}</Link>
        </p>
      )}
      <section aria-labelledby="auto-payout" className="section card">
        <h2 id="auto-payout">{t('autoPayouts.title')}</h2>
        <p>{t('autoPayouts.lead')}</p>
        <form onSubmit={submit}>
          <label className="checkbox">
            <input type="checkbox" checked={automatic} onChange={(e) => setDraft(e.target.checked)} /> {t('autoPayouts.toggle')}
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {t('autoPayouts.save')}
            </button>
          </div>
        </form>
        {save.data && (
          <p className="alert alert-success" role="status">
            {save.data.automatic
              ? t('autoPayouts.savedOn', { date: japaneseDate(save.data.nextPaymentDate) })
              : t('autoPayouts.savedOff')}
          </p>
        )}
        {save.error && (
          <p className="alert alert-error" role="alert">
            {save.error.message}
          </p>
        )}
      </section>
      <section aria-labelledby="sixty-days" className="section card">
        <h2 id="sixty-days">{t('autoPayouts.sixtyDaysTitle')}</h2>
        <p>{t('autoPayouts.sixtyDaysLead')}</p>
        {data.upcoming.length === 0 ? (
          <p className="muted">{t('autoPayouts.none')}</p>
        ) : (
          <ul>
            {data.upcoming.map((u) => (
              <li key={u.acceptedOn}>
                {formatYen(u.amount)}({t('autoPayouts.acceptedOn', { date: japaneseDate(u.acceptedOn) })}) —{' '}
                <strong>{t('autoPayouts.paymentDate', { date: japaneseDate(u.paymentDate) })}</strong>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** On a milestone the worker was paid for: when the money reaches their bank account at the latest. */
export function MilestonePaymentDate({ acceptedAt }: { acceptedAt: string }) {
  const { t } = useTranslation();
  const settings = useQuery(payoutSettingsQueries.settings());
  const day = new Date(new Date(acceptedAt).getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
  const date = settings.data?.paymentDates[day];
  if (!date) return null;
  return <p className="small">{t('autoPayouts.paymentDate', { date: japaneseDate(date) })}</p>;
}
