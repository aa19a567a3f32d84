import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** When the client said a bank transfer into escrow would come (shown until staff confirm it). */
export function TransferRequestedAt({ at }: { at: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="muted small">
      <time dateTime={at}>{t('contracts.milestones.transferRequestedAt', { date: formatDateTime(at, lang) })}</time>
    </p>
  );
}
