import { useTranslation } from 'react-i18next';

/** 「適格請求書発行事業者（登録番号 T…）」 or 「インボイス未登録」, for a worker or seller. */
export function InvoiceStatus({ number }: { number: string | null }) {
  const { t } = useTranslation();
  return (
    <span className={number ? 'badge badge-ok' : 'badge badge-state badge-state-withdrawn'} style={{ whiteSpace: 'normal' }}>
      {number ? t('legal.invoice.registered', { number }) : t('legal.invoice.unregistered')}
    </span>
  );
}
