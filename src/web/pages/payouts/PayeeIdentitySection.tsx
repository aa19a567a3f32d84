import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { payoutSettingsApi, payoutSettingsQueries } from '../../api/payout-settings';
import { Field } from '../../components/Field';

/** 支払調書の氏名・住所 on 会員情報管理: asked of workers paid with withholding tax. */
export function PayeeIdentitySection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery(payoutSettingsQueries.payee());
  const [legalName, setLegalName] = useState<string | null>(null);
  const [address, setAddress] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      payoutSettingsApi.setPayee({
        legalName: legalName ?? current.data?.legalName ?? '',
        address: address ?? current.data?.address ?? '',
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(payoutSettingsQueries.payee().queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: payoutSettingsQueries.settings().queryKey });
    },
  });
  const fieldError = (pointer: string) =>
    save.error instanceof ApiError ? save.error.problem.errors?.find((f) => f.pointer === pointer)?.detail : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section id="payee" aria-labelledby="account-payee" className="section card">
      <h2 id="account-payee">{t('autoPayouts.payee.title')}</h2>
      <p>{t('autoPayouts.payee.lead')}</p>
      {current.data?.required && !current.data.legalName && (
        <p className="alert alert-warning">{t('autoPayouts.payee.required')}</p>
      )}
      <form onSubmit={submit} noValidate>
        <Field
          label={t('autoPayouts.payee.legalName')}
          hint={t('autoPayouts.payee.legalNameHint')}
          error={fieldError('/legalName')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="name"
              maxLength={60}
              value={legalName ?? current.data?.legalName ?? ''}
              onChange={(e) => setLegalName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('autoPayouts.payee.address')} hint={t('autoPayouts.payee.addressHint')} error={fieldError('/address')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="street-address"
              maxLength={200}
              value={address ?? current.data?.address ?? ''}
              onChange={(e) => setAddress(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending || current.isPending}>
            {t('autoPayouts.payee.save')}
          </button>
        </div>
      </form>
      {save.isSuccess && (
        <p className="alert alert-success" role="status">
          {t('autoPayouts.payee.saved')}
        </p>
      )}
    </section>
  );
}
