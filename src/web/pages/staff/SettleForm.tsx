// 裁定: for each escrowed milestone 全額返金 / 全額支払い / 一部 (an amount before tax), and the
// reason, shown once more for confirmation before it is sent.
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, type MilestoneStatus } from '../../../domain/contracts/process';
import { SettleDisputeBody } from '../../../shared/api/staff';
import { fieldMessage, type Lang } from '../../../shared/errors';
import { newIdempotencyKey, toProblem } from '../../api/client';
import { type StaffDispute, staffApi } from '../../api/staff';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { TableHead } from '../../components/money/TableHead';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { flattenErrors, useApiForm } from '../../lib/form';
import { formatYenText } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { DataTable, yen } from '../documents/docParts';
import { useReviewStep } from './useReviewStep';

export type Milestone = StaffDispute['milestones'][number];
type Choice = 'refund' | 'pay' | 'partial';
const CHOICES: readonly Choice[] = ['refund', 'pay', 'partial'];

/** Milestones with money in escrow: the ones a settlement must decide. */
const escrowedOf = (d: StaffDispute) => d.milestones.filter((m) => m.status === 'funded' || m.status === 'delivered');

/** 「仮払い済み」「納品済み(検収待ち)」…; an unknown status is shown as it came. */
export function useMilestoneStatusText(): (status: string) => string {
  const { t } = useTranslation();
  return (status) =>
    (MILESTONE_STATUSES as readonly string[]).includes(status)
      ? t(`money.dispute.milestoneStatuses.${status as MilestoneStatus}`)
      : status;
}

interface LineInput {
  choice: Choice | null;
  partial: string;
}

interface Prepared {
  settlement: { milestoneId: string; workerAmount: number }[];
  note: string;
  /** Made when the staff member reviews the settlement; reused if sending it is retried. */
  key: string;
}

interface Values {
  lines: Record<string, LineInput>;
  note: string;
}

const EMPTY: LineInput = { choice: null, partial: '' };

function workerAmountOf(m: Milestone, input: LineInput): number | 'invalid' | null {
  if (input.choice === 'refund') return 0;
  if (input.choice === 'pay') return m.amount;
  if (input.choice === 'partial') return parseWholeNumber(input.partial) ?? 'invalid';
  return null;
}

/** The settlement the choices make, and what is missing or wrong in them. */
function settlementOf(values: Values, escrowed: Milestone[], lang: Lang, choiceRequired: string) {
  const errors: FieldErrors = {};
  const settlement: Prepared['settlement'] = [];
  escrowed.forEach((m, i) => {
    const input = values.lines[m.id] ?? EMPTY;
    const amount = workerAmountOf(m, input);
    if (input.choice === null) errors[`settlement.${i}`] = choiceRequired;
    else if (amount === null || amount === 'invalid' || amount > m.amount) {
      errors[`settlement.${i}.workerAmount`] =
        input.partial.trim() === ''
          ? fieldMessage('required', lang)
          : fieldMessage('settlement-amount-invalid', lang, { max: m.amount });
    } else settlement.push({ milestoneId: m.id, workerAmount: amount });
  });
  // The reason is checked even while a milestone still lacks a choice.
  const noteError = schemaErrors(SettleDisputeBody, { settlement: [], note: values.note }, lang).note;
  if (noteError) errors.note = noteError;
  if (Object.keys(errors).length === 0)
    Object.assign(errors, schemaErrors(SettleDisputeBody, { settlement, note: values.note }, lang));
  return { settlement, errors };
}

/**
 * 裁定: for each escrowed milestone 全額返金 / 全額支払い / 一部 (an amount before tax), and the
 * reason. The settlement is shown once more for confirmation before it is sent.
 */
export function SettleForm({ dispute, onSettled }: { dispute: StaffDispute; onSettled: (next: StaffDispute) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const milestoneStatus = useMilestoneStatusText();
  const escrowed = escrowedOf(dispute);
  const form = useApiForm<Values>({
    fields: ['settlement', 'note'],
    defaultValues: { lines: {}, note: '' },
    check: (values) => settlementOf(values, escrowed, lang, t('money.dispute.choiceRequired')).errors,
  });
  const step = useReviewStep<Prepared>('settle-review', form);
  const prepared = step.prepared;

  const lines = form.watch('lines');
  const line = (id: string): LineInput => lines[id] ?? EMPTY;
  const update = (id: string, next: Partial<LineInput>) => form.setValue('lines', { ...lines, [id]: { ...line(id), ...next } });

  const review = form.onSubmit(async (values) => {
    const { settlement } = settlementOf(values, escrowed, lang, '');
    step.confirm({ settlement, note: values.note, key: newIdempotencyKey() });
  });

  const send = form.onSubmit(async () => {
    if (!prepared) return;
    try {
      const next = await staffApi.settle(dispute.id, { settlement: prepared.settlement, note: prepared.note }, prepared.key);
      onSettled(next);
    } catch (error) {
      // Field errors are shown on the form, so go back to it.
      if ((toProblem(error).errors ?? []).length > 0) step.drop();
      throw error;
    }
  });

  const err = flattenErrors(form.formState.errors);
  const title = (m: Milestone) => t('money.dispute.milestoneHead', { n: m.position, title: m.title });

  return (
    <section aria-labelledby="dispute-settle" className="section card settle">
      <h2 id="dispute-settle">{t('money.dispute.settle')}</h2>
      <p>{escrowed.length > 0 ? t('money.dispute.settleLead') : t('money.dispute.noEscrow')}</p>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />

      {prepared ? (
        <div className="confirm-panel settle-confirm">
          <h3 ref={step.confirmRef} tabIndex={-1}>
            {t('money.dispute.confirmTitle')}
          </h3>
          <p>{t('money.dispute.confirmLead')}</p>
          {prepared.settlement.length > 0 && (
            <DataTable caption={t('money.dispute.confirmCaption')} captionHidden stack>
              <TableHead
                columns={[
                  { label: t('money.dispute.milestoneCol') },
                  { label: t('money.dispute.confirmPay'), className: 'num' },
                  { label: t('money.dispute.confirmRefund'), className: 'num' },
                ]}
              />
              <tbody>
                {prepared.settlement.map((s) => {
                  const m = escrowed.find((x) => x.id === s.milestoneId);
                  return (
                    <tr key={s.milestoneId}>
                      <th scope="row">{m ? title(m) : s.milestoneId}</th>
                      <td className="num" data-label={t('money.dispute.confirmPay')}>
                        {yen(s.workerAmount)}
                      </td>
                      <td className="num" data-label={t('money.dispute.confirmRefund')}>
                        {m ? yen(m.amount - s.workerAmount) : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )}
          <p className="strong">{t('money.dispute.noteLabel')}</p>
          <p className="doc-text">{prepared.note}</p>
          <div className="form-actions">
            <Button variant="danger" busy={form.submitting} onClick={() => void send()}>
              {t('money.dispute.submit')}
            </Button>
            <Button variant="secondary" disabled={form.submitting} onClick={step.back}>
              {t('money.dispute.back')}
            </Button>
          </div>
        </div>
      ) : (
        <form ref={form.formRef} noValidate onSubmit={review} className="form">
          {err.settlement && <p className="field-error">{err.settlement}</p>}
          {escrowed.map((m, i) => {
            const input = line(m.id);
            const amountError = err[`settlement.${i}.workerAmount`];
            const groupError =
              err[`settlement.${i}`] ??
              err[`settlement.${i}.milestoneId`] ??
              (input.choice !== 'partial' ? amountError : undefined);
            return (
              <div key={m.id} className="settle-milestone">
                <h3>{title(m)}</h3>
                <p className="muted small">
                  {t('money.dispute.milestoneFacts', { amount: yen(m.amount), escrow: yen(m.escrow) })}
                  {' · '}
                  {milestoneStatus(m.status)}
                </p>
                <RadioGroup
                  legend={t('money.dispute.choice', { title: title(m) })}
                  name={`settle-${m.id}`}
                  required
                  options={CHOICES.map((c) => ({
                    value: c,
                    label:
                      c === 'refund'
                        ? t('money.dispute.choiceRefund')
                        : c === 'pay'
                          ? `${t('money.dispute.choicePay')}(${yen(m.amount)})`
                          : t('money.dispute.choicePartial'),
                  }))}
                  value={input.choice}
                  onChange={(choice) => update(m.id, { choice })}
                  error={groupError}
                />
                {input.choice === 'partial' && (
                  <TextField
                    label={t('money.dispute.partial')}
                    hint={t('money.dispute.partialHint', { max: formatYenText(m.amount, lang) })}
                    name={`partial-${m.id}`}
                    required
                    inputMode="numeric"
                    autoComplete="off"
                    className="input-amount"
                    suffix={t('money.offer.amountUnit')}
                    value={input.partial}
                    onChange={(e) => update(m.id, { partial: e.currentTarget.value })}
                    error={amountError}
                  />
                )}
              </div>
            );
          })}
          <TextAreaField
            label={t('money.dispute.noteLabel')}
            hint={t('money.dispute.noteHint')}
            required
            rows={5}
            {...form.register('note')}
            error={err.note}
          />
          <div className="form-actions">
            <Button id="settle-review" type="submit">
              {t('money.dispute.review')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
