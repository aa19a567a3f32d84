// The choice of how escrow is paid (銀行振込 or the development card), shared by the
// milestone funding form and the task / competition payment panel. Changing the method
// is another request, so the caller resets its idempotency key in `onChange`.
import { useTranslation } from 'react-i18next';
import type { FundMethod } from '../api/contracts';
import { RadioGroup } from './Choices';

interface Props {
  name: string;
  value: FundMethod;
  onChange: (method: FundMethod) => void;
  error?: string | undefined;
  /** What each method does in this context (when the money counts, what happens next). */
  hints: Record<FundMethod, string>;
}

export function FundMethodChoice({ name, value, onChange, error, hints }: Props) {
  const { t } = useTranslation();
  const option = (method: FundMethod, label: string) => ({
    value: method,
    label: (
      <span className="choice-text">
        <span>{label}</span>
        <span className="muted small">{hints[method]}</span>
      </span>
    ),
  });
  return (
    <RadioGroup<FundMethod>
      legend={t('contracts.milestones.fundMethod')}
      name={name}
      required
      value={value}
      onChange={onChange}
      error={error}
      options={[
        option('bank_transfer', t('contracts.milestones.bankTransfer')),
        option('dev_card', t('contracts.milestones.devCard')),
      ]}
    />
  );
}
