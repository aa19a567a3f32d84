// What a client needs to make a bank transfer (銀行振込) into escrow: where to, how much,
// and the reference to put before their name so staff can match the deposit.
import { useTranslation } from 'react-i18next';
import { formatYen } from '../lib/format';

export function TransferFacts({ payTo, amount, reference }: { payTo?: string | null; amount: number; reference: string }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts-compact transfer-facts">
      {payTo && (
        <div>
          <dt>{t('contracts.milestones.transferTo')}</dt>
          <dd className="transfer-pay-to">{payTo}</dd>
        </div>
      )}
      <div>
        <dt>{t('contracts.milestones.transferAmount')}</dt>
        <dd className="transfer-amount">{formatYen(amount)}</dd>
      </div>
      <div>
        <dt>{t('contracts.milestones.transferName')}</dt>
        <dd>
          <span className="transfer-reference">{t('contracts.milestones.transferNameValue', { reference })}</span>
          <span className="field-hint transfer-hint">{t('contracts.milestones.transferNameHint', { reference })}</span>
        </dd>
      </div>
    </dl>
  );
}
