import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts';
import { ApiError } from '../../api/client';
import { operatorApi } from '../../api/operator';
import { Field } from '../../components/Field';
import { InvoiceStatus } from '../../components/InvoiceStatus';

/** 適格請求書発行事業者登録番号 on 会員情報管理: malformed input is refused, a non-corporate number warned about. */
export function InvoiceNumberSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const profile = useQuery({ queryKey: ['me', 'profile'], queryFn: accountsApi.getProfile });
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (number: string | null) => operatorApi.setInvoiceNumber(number),
    onSuccess: (saved) => {
      setError(undefined);
      setDraft(saved.number ?? '');
      void queryClient.invalidateQueries({ queryKey: ['me', 'profile'] });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (e) => {
      const field = e instanceof ApiError ? e.problem.errors?.find((f) => f.pointer === '/number') : undefined;
      setError(field?.detail ?? (e instanceof Error ? e.message : String(e)));
    },
  });
  const current = profile.data?.invoiceNumber ?? null;
  const value = draft ?? current ?? '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(value.trim() === '' ? null : value);
  };
  const result = save.data;

  return (
    <section aria-labelledby="account-invoice" className="section card">
      <h2 id="account-invoice">{t('legal.invoice.title')}</h2>
      <p>{t('legal.invoice.lead')}</p>
      <p>
        <InvoiceStatus number={current} />
      </p>
      <form onSubmit={submit} noValidate>
        <Field label={t('legal.invoice.label')} hint={t('legal.invoice.hint')} error={error}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              inputMode="text"
              autoComplete="off"
              maxLength={40}
              value={value}
              onChange={(e) => setDraft(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending || profile.isPending}>
            {t('legal.invoice.save')}
          </button>
        </div>
      </form>
      {result && !save.isPending && (
        <div role="status">
          <p className="alert alert-success">{result.number ? t('legal.invoice.saved') : t('legal.invoice.removed')}</p>
          {result.warning === 'check-digit-mismatch' && <p className="alert alert-info">{t('legal.invoice.warning')}</p>}
        </div>
      )}
    </section>
  );
}
