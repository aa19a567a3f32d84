// おひねり on a service order's contract page: the tips sent (the buyer sees what each cost,
// a transfer still awaited with its reference) or received (the seller sees what reached
// the balance), and for the buyer, while the order takes tips, the form: an amount, a
// short message, how to pay, and every yen from the server's preview before paying.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TIP_MAX, TIP_MESSAGE_MAX, TIP_MIN } from '../../../domain/orders/tips';
import { fieldMessage } from '../../../shared/errors';
import type { FundMethod } from '../../api/contracts';
import { contractsApi } from '../../api/contracts';
import { orderQueries, ordersApi, type Tip, type TipList } from '../../api/orders';
import { Button } from '../../components/Button';
import { FormAmountField, FormTextArea } from '../../components/FormFields';
import { FundMethodChoice } from '../../components/FundMethodChoice';
import { MoneyRows } from '../../components/money/MoneyRows';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate, formatYen } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { QueryView } from '../../lib/query';
import { ActionAlert, type OnContractChange, useIdempotencyKey } from '../contracts/contractParts';
import styles from './orders.module.css';

interface Props {
  orderId: string;
  contractId: string;
  onChange: OnContractChange;
}

export function TipsSection({ orderId, contractId, onChange }: Props) {
  const { t } = useTranslation();
  const query = useQuery(orderQueries.tips(orderId));
  return (
    <section aria-labelledby="order-tips" className="section card">
      <h2 id="order-tips">{t('tips.heading')}</h2>
      <QueryView query={query}>
        {(list) => (
          <>
            <p className={styles.note}>{list.role === 'buyer' ? t('tips.leadBuyer') : t('tips.leadSeller')}</p>
            <TipItems list={list} />
            {list.open && <TipForm orderId={orderId} contractId={contractId} list={list} onChange={onChange} />}
          </>
        )}
      </QueryView>
    </section>
  );
}

function TipItems({ list }: { list: TipList }) {
  const { t } = useTranslation();
  if (list.items.length === 0) return <p>{list.role === 'buyer' ? t('tips.noneSent') : t('tips.noneReceived')}</p>;
  return (
    <ul className={styles.tips}>
      {list.items.map((tip) => (
        <TipItem key={tip.id} tip={tip} role={list.role} />
      ))}
    </ul>
  );
}

function TipItem({ tip, role }: { tip: Tip; role: 'buyer' | 'seller' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const buyer = role === 'buyer';
  return (
    <li className={styles.tip}>
      <p className={styles.tipHead}>
        <strong>{t('tips.itemAmount', { amount: formatYen(tip.amount) })}</strong>
        <span className={`badge ${styles[`tip-${tip.status}`] ?? ''}`}>{t(`tips.status.${tip.status}`)}</span>
        <time dateTime={tip.createdAt} className="muted small">
          {formatDate(tip.createdAt, lang)}
        </time>
      </p>
      <p className="small">
        {t(buyer ? 'tips.itemPaid' : 'tips.itemNet', {
          net: formatYen(tip.net),
          fee: formatYen(tip.fee),
          tax: formatYen(tip.feeTax),
        })}
      </p>
      {tip.message && <p className={styles.tipMessage}>{tip.message}</p>}
      {tip.transfer && (
        <p className="small">
          {t('tips.transfer', {
            reference: tip.transfer.reference,
            instructions: tip.transfer.instructions,
            amount: formatYen(tip.net),
          })}
        </p>
      )}
    </li>
  );
}

interface Values {
  amount: string;
  message: string;
  method: FundMethod;
}

/** The amount typed, when it is one a tip may be; else null. */
function tipAmount(text: string): number | null {
  const value = parseWholeNumber(text);
  return typeof value === 'number' && value >= TIP_MIN && value <= TIP_MAX ? value : null;
}

function TipForm({ orderId, contractId, list, onChange }: Props & { list: TipList }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const form = useApiForm<Values>({
    fields: ['amount', 'message', 'method'],
    defaultValues: { amount: '500', message: '', method: 'bank_transfer' },
    check: (values): Record<string, string> => {
      const value = parseWholeNumber(values.amount);
      if (value === null) return { amount: fieldMessage('required', lang) };
      if (value === 'invalid') return { amount: fieldMessage('not-integer', lang) };
      if (value < TIP_MIN) return { amount: fieldMessage('too-small', lang, { min: TIP_MIN }) };
      if (value > TIP_MAX) return { amount: fieldMessage('too-big', lang, { max: TIP_MAX }) };
      return {};
    },
  });
  const amount = tipAmount(form.watch('amount'));
  const preview = useQuery({
    ...orderQueries.tipPreview(orderId, amount ?? TIP_MIN),
    enabled: amount !== null,
    placeholderData: keepPreviousData,
  });
  const shown = amount !== null && preview.data?.amount === amount ? preview.data : null;

  const submit = form.onSubmit(async (values) => {
    if (!shown) return;
    const body = { amount: shown.amount, message: values.message, method: values.method, expectedTotal: shown.total };
    const next = await idempotency.send((key) => ordersApi.sendTip(orderId, body, key));
    const [sent] = next.items;
    void queryClient.invalidateQueries({ queryKey: ['order-tips', orderId] });
    form.reset({ amount: '500', message: '', method: values.method });
    onChange(await contractsApi.get(contractId), sent?.status === 'paid' ? t('tips.done') : t('tips.doneTransfer'));
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className={`form ${styles.tipForm}`}>
      <h3>{t('tips.formTitle')}</h3>
      {list.openUntil && <p className={styles.note}>{t('tips.openUntil', { date: formatDate(list.openUntil, lang) })}</p>}
      <ActionAlert form={form} onStale={() => void queryClient.invalidateQueries({ queryKey: ['order-tips', orderId] })} />
      <FormAmountField<Values>
        form={form}
        name="amount"
        label={t('tips.amount')}
        hint={t('tips.amountHint', { min: formatYen(TIP_MIN), max: formatYen(TIP_MAX) })}
        unit={t('tips.yen')}
        required
        width="amount"
        onChangeCapture={() => idempotency.reset()}
      />
      <FormTextArea<Values>
        form={form}
        name="message"
        label={t('tips.message')}
        hint={t('tips.messageHint', { max: TIP_MESSAGE_MAX })}
        rows={3}
        maxLength={TIP_MESSAGE_MAX}
        onChangeCapture={() => idempotency.reset()}
      />
      <FundMethodChoice
        name={`tip-method-${orderId}`}
        value={form.watch('method')}
        onChange={(v) => {
          idempotency.reset();
          form.setValue('method', v);
        }}
        error={form.errorOf('method')}
        hints={{ bank_transfer: t('tips.bankTransferHint'), dev_card: t('tips.devCardHint') }}
      />
      <div aria-live="polite">
        {shown && (
          <MoneyRows
            caption={t('tips.summaryCaption')}
            rows={[
              { key: 'tip', label: t('tips.tipRow'), value: formatYen(shown.amount) },
              { key: 'fee', label: t('tips.feeRow'), value: formatYen(shown.buyerFee) },
              { key: 'fee-tax', label: t('tips.feeTaxRow'), value: formatYen(shown.buyerFeeTax) },
              { key: 'total', label: t('tips.totalRow'), value: formatYen(shown.total), total: true },
            ]}
          />
        )}
      </div>
      <div className="form-actions">
        <Button type="submit" busy={form.submitting} disabled={!shown}>
          {t('tips.submit', { amount: formatYen(shown?.total ?? 0) })}
        </Button>
      </div>
    </form>
  );
}
