// 契約条件の変更: the client proposes new milestones (and withholding) before anything is in
// escrow; the worker agrees or refuses. The proposal shows as pendingTerms until answered.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerBody } from '../../../shared/api/contracts';
import { contractsApi } from '../../api/contracts';
import { Button } from '../../components/Button';
import { FormTextArea } from '../../components/FormFields';
import { TableHead } from '../../components/money/TableHead';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime, formatNumber, formatPlainDate } from '../../lib/format';
import { schemaErrors } from '../../lib/validate';
import { YenCells } from '../documents/docParts';
import { ActionAlert, MoneyTable, type PanelProps } from './contractParts';
import { ProposeTermsForm } from './ProposeTermsForm';

export function TermsSection({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [focusOpen, setFocusOpen] = useState(0);
  const pending = contract.pendingTerms;
  const canPropose = contract.viewer.actions.includes('propose_terms');

  useEffect(() => {
    if (focusOpen > 0) document.getElementById('terms-propose')?.focus();
  }, [focusOpen]);

  if (!pending && !canPropose) return null;
  return (
    <section aria-labelledby="contract-terms" className="section">
      <h2 id="contract-terms">{t('contracts.terms.title')}</h2>
      <p className="muted small">{t('contracts.terms.lead')}</p>
      {pending && <PendingTerms contract={contract} onChange={onChange} onStale={onStale} />}
      {canPropose &&
        (editing ? (
          <ProposeTermsForm
            contract={contract}
            onChange={(next, notice) => {
              setEditing(false);
              onChange(next, notice);
            }}
            onStale={onStale}
            onCancel={() => {
              setEditing(false);
              setFocusOpen((n) => n + 1);
            }}
          />
        ) : (
          <p className="contract-open-form">
            <Button id="terms-propose" variant="secondary" onClick={() => setEditing(true)}>
              {pending ? t('contracts.terms.proposeAgain') : t('contracts.terms.propose')}
            </Button>
          </p>
        ))}
    </section>
  );
}

function PendingTerms({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const pending = contract.pendingTerms;
  if (!pending) return null;
  const role = contract.viewer.role;
  const proposed = pending.milestones;
  type Proposed = (typeof proposed)[number];
  const total = (f: (m: Proposed) => number) => proposed.reduce((s, m) => s + f(m), 0);
  const money = (m: Proposed) => (role === 'client' ? m.money.escrow : m.money.workerNet);
  const moneyLabel = role === 'client' ? t('contracts.terms.colEscrow') : t('contracts.terms.colWorkerNet');
  return (
    <div className="card contract-panel">
      <h3>{t('contracts.terms.pendingTitle')}</h3>
      <p className="muted small">
        <time dateTime={pending.proposedAt}>
          {t('contracts.terms.proposedAt', { date: formatDateTime(pending.proposedAt, lang) })}
        </time>
      </p>
      <table className="contract-table">
        <caption className="visually-hidden">{t('contracts.terms.pendingTitle')}</caption>
        <TableHead
          columns={[
            { label: t('contracts.terms.colTitle') },
            { label: t('contracts.terms.colDue') },
            { label: t('contracts.terms.colAmount'), className: 'num' },
            { label: moneyLabel, className: 'num' },
          ]}
        />
        <tbody>
          {pending.milestones.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: proposed milestones have no id; their order is their identity.
            <tr key={i}>
              <th scope="row">
                {formatNumber(i + 1, lang)}. {m.title}
              </th>
              <td data-label={t('contracts.terms.colDue')}>{formatPlainDate(m.dueDate, lang)}</td>
              <YenCells
                cells={[
                  { label: t('contracts.terms.colAmount'), amount: m.amount },
                  { label: moneyLabel, amount: money(m) },
                ]}
              />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('contracts.terms.total')}
            </th>
            <YenCells
              cells={[
                { label: t('contracts.terms.colAmount'), amount: total((m) => m.amount) },
                { label: moneyLabel, amount: total(money) },
              ]}
            />
          </tr>
        </tfoot>
      </table>
      <details className="terms-breakdown">
        <summary>{t('contracts.terms.breakdown')}</summary>
        {proposed.map((m, i) => {
          const title = t('contracts.milestones.heading', { n: formatNumber(i + 1, lang), title: m.title });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: proposed milestones have no id; their order is their identity.
            <div key={i} className="terms-breakdown-item">
              <h4>{title}</h4>
              <MoneyTable money={m.money} role={role} caption={t('contracts.money.caption', { title })} />
            </div>
          );
        })}
      </details>
      {(contract.withholdingAllowed || pending.withholding) && (
        <p>
          {t('contracts.terms.withholding', {
            value: pending.withholding ? t('contracts.page.withholdingOn') : t('contracts.page.withholdingOff'),
          })}
        </p>
      )}
      {contract.viewer.actions.includes('answer_terms') ? (
        <AnswerTerms contract={contract} onChange={onChange} onStale={onStale} />
      ) : (
        role === 'client' && <p className="contract-waiting">{t('contracts.terms.waitingWorker')}</p>
      )}
    </div>
  );
}

function AnswerTerms({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [refusing, setRefusing] = useState(false);
  const [busy, setBusy] = useState<'agree' | 'refuse' | null>(null);
  const bodyOf = (agree: boolean, reason: string) => ({ agree, reason: agree || reason.trim() === '' ? null : reason });
  const form = useApiForm<{ reason: string }>({
    fields: ['reason'],
    defaultValues: { reason: '' },
    check: ({ reason }) => (refusing ? schemaErrors(AnswerBody, bodyOf(false, reason), lang) : {}),
  });

  const answer = (agree: boolean) =>
    form.onSubmit(async ({ reason }) => {
      setBusy(agree ? 'agree' : 'refuse');
      try {
        const next = await contractsApi.answerTerms(contract.id, bodyOf(agree, reason));
        onChange(next, agree ? t('contracts.terms.agreed') : t('contracts.terms.refused'));
      } finally {
        setBusy(null);
      }
    });

  return (
    <div className="contract-answer">
      <p>{t('contracts.terms.answerLead')}</p>
      <ActionAlert form={form} onStale={onStale} />
      {!refusing ? (
        <div className="form-actions">
          <Button busy={busy === 'agree'} onClick={() => void answer(true)()}>
            {t('contracts.terms.agree')}
          </Button>
          <Button
            variant="danger"
            disabled={busy !== null}
            onClick={() => {
              form.clearProblem();
              setRefusing(true);
            }}
          >
            {t('contracts.terms.refuse')}
          </Button>
        </div>
      ) : (
        <form ref={form.formRef} noValidate onSubmit={answer(false)} className="form confirm-panel">
          <FormTextArea form={form} name="reason" label={t('contracts.terms.refuseReason')} rows={3} autoFocus />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={busy === 'refuse'}>
              {t('contracts.terms.refuseConfirm')}
            </Button>
            <Button
              variant="secondary"
              disabled={busy !== null}
              onClick={() => {
                setRefusing(false);
                form.reset({ reason: '' });
                form.clearProblem();
              }}
            >
              {t('contracts.terms.back')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
