// The choice of how escrow is paid (銀行振込, the development card, and コンビニ決済 where
// the payment provider is configured and the caller can show its payment numbers), shared
// by the milestone funding form and the task / competition payment panel. Changing the
// method is another request, so the caller resets its idempotency key in `onChange`.
//
// Card payments through the provider are not offered here: the card form needs the
// provider's own script (its card fields), and the web app loads no external scripts.
import { useTranslation } from 'react-i18next';
import type { FundMethod, MilestoneFundMethod } from '../api/contracts';
import { RadioGroup } from './Choices';

interface Props<M extends MilestoneFundMethod> {
  name: string;
  value: M;
  onChange: (method: M) => void;
  error?: string | undefined;
  /** What each method does in this context (when the money counts, what happens next). */
  hints: Record<FundMethod, string>;
  /** Offers コンビニ決済 with this hint (only where the provider is configured). */
  konbiniHint?: string | undefined;
}

export function FundMethodChoice<M extends MilestoneFundMethod = FundMethod>({
  name,
  value,
  onChange,
  error,
  hints,
  konbiniHint,
}: Props<M>) {
  const { t } = useTranslation();
  const option = (method: MilestoneFundMethod, label: string, hint: string) => ({
    value: method as M,
    label: (
      <span className="choice-text">
        <span>{label}</span>
        <span className="muted small">{hint}</span>
      </span>
    ),
  });
  return (
    <RadioGroup<M>
      legend={t('contracts.milestones.fundMethod')}
      name={name}
      required
      value={value}
      onChange={onChange}
      error={error}
      options={[
        option('bank_transfer', t('contracts.milestones.bankTransfer'), hints.bank_transfer),
        ...(konbiniHint ? [option('stripe_konbini', t('contracts.milestones.konbini'), konbiniHint)] : []),
        option('dev_card', t('contracts.milestones.devCard'), hints.dev_card),
      ]}
    />
  );
}
