import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SettleDisputeBody } from '../../../shared/api/contracts';
import { fieldMessage } from '../../../shared/errors';
import { newIdempotencyKey, toProblem } from '../../api/client';
import { type StaffDispute, staffApi } from '../../api/staff';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { FormAlert, ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatDateTime, formatMonthDayTime, formatYenText } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { DataTable, yen } from '../documents/docParts';
import { NotFoundPage } from '../errors/NotFoundPage';
import { DisputeStatusBadge } from './StaffDisputesPage';

type Milestone = StaffDispute['milestones'][number];
type Choice = 'refund' | 'pay' | 'partial';
const CHOICES: readonly Choice[] = ['refund', 'pay', 'partial'];

/** Milestones with money in escrow: the ones a settlement must decide. */
const escrowedOf = (d: StaffDispute) => d.milestones.filter((m) => m.status === 'funded' || m.status === 'delivered');

/** /staff/disputes/:id — one dispute: the contract, the claim, the evidence, and the settlement. */
export function StaffDisputePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('money.dispute.title'));
  const { state, reload, setData } = useAsync(() => staffApi.dispute(id), id);
  const [notice, setNotice] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) statusRef.current?.focus();
  }, [notice]);

  if (state.status === 'error' && state.problem.code === 'not-found') {
    return <NotFoundPage title={t('money.dispute.notFoundTitle')} body={t('money.dispute.notFoundBody')} />;
  }
  const dispute = state.status === 'done' ? state.data : null;

  return (
    <div className="staff-dispute">
      <Breadcrumbs
        items={[
          { to: '/staff', label: t('money.staff.title') },
          { to: '/staff/disputes', label: t('money.disputes.title') },
          { label: dispute?.contract.title ?? t('money.dispute.title') },
        ]}
      />
      <h1>{t('money.dispute.title')}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          {state.problem.status !== 403 && (
            <Button variant="secondary" onClick={reload}>
              {t('common.retry')}
            </Button>
          )}
        </ProblemMessage>
      )}
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      {dispute && (
        <>
          <DisputeFacts dispute={dispute} />
          {dispute.status === 'settled' && <SettlementResult dispute={dispute} />}
          <MilestoneTable milestones={dispute.milestones} />
          <Messages dispute={dispute} />
          <Timeline dispute={dispute} />
          {dispute.status === 'open' && (
            <SettleForm
              dispute={dispute}
              onSettled={(next) => {
                setData(next);
                setNotice(t('money.dispute.done'));
              }}
            />
          )}
        </>
      )}
      <p className="page-end-link">
        <Link to="/staff/disputes">{t('money.dispute.backToList')}</Link>
      </p>
    </div>
  );
}

function DisputeFacts({ dispute: d }: { dispute: StaffDispute }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <section aria-labelledby="dispute-summary" className="section card">
        <h2 id="dispute-summary">{t('money.dispute.summary')}</h2>
        <p>
          <DisputeStatusBadge status={d.status} />
        </p>
        <dl className="facts">
          <div>
            <dt>{t('money.dispute.contractTitle')}</dt>
            <dd>
              {d.contract.title}
              <span className="muted small doc-id"> ({d.contract.id})</span>
            </dd>
          </div>
          <div>
            <dt>{t('money.dispute.contractStatus')}</dt>
            <dd>{t(`money.dispute.contractStatuses.${d.contract.status}`)}</dd>
          </div>
          <div>
            <dt>{t('money.dispute.client')}</dt>
            <dd>
              <Link to={`/u/${encodeURIComponent(d.client.username)}`}>@{d.client.username}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('money.dispute.worker')}</dt>
            <dd>
              <Link to={`/u/${encodeURIComponent(d.worker.username)}`}>@{d.worker.username}</Link>
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="dispute-claim" className="section">
        <h2 id="dispute-claim">{t('money.dispute.claim')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('money.dispute.opener')}</dt>
            <dd>{t(`money.disputes.openers.${d.openerRole}`)}</dd>
          </div>
          <div>
            <dt>{t('money.dispute.openedAt')}</dt>
            <dd>
              <time dateTime={d.createdAt}>{formatDateTime(d.createdAt, lang)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('money.dispute.reason')}</dt>
            <dd className="doc-text">{d.reason}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}

function SettlementResult({ dispute: d }: { dispute: StaffDispute }) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = (milestoneId: string) => {
    const m = d.milestones.find((x) => x.id === milestoneId);
    return m ? t('money.dispute.milestoneHead', { n: m.position, title: m.title }) : milestoneId;
  };
  return (
    <section aria-labelledby="dispute-result" className="section card settlement-result">
      <h2 id="dispute-result">{t('money.dispute.result')}</h2>
      <p>{t('money.dispute.settledNote')}</p>
      <dl className="facts">
        {d.settledAt && (
          <div>
            <dt>{t('money.dispute.settledAt')}</dt>
            <dd>
              <time dateTime={d.settledAt}>{formatDateTime(d.settledAt, lang)}</time>
            </dd>
          </div>
        )}
        {d.settlementNote && (
          <div>
            <dt>{t('money.dispute.note')}</dt>
            <dd className="doc-text">{d.settlementNote}</dd>
          </div>
        )}
      </dl>
      {d.settlement && d.settlement.length > 0 && (
        <DataTable caption={t('money.dispute.resultCaption')} stack>
          <thead>
            <tr>
              <th scope="col">{t('money.dispute.milestoneCol')}</th>
              <th scope="col" className="num">
                {t('money.dispute.workerAmount')}
              </th>
              <th scope="col" className="num">
                {t('money.dispute.workerNet')}
              </th>
              <th scope="col" className="num">
                {t('money.dispute.refund')}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.settlement.map((line) => (
              <tr key={line.milestoneId}>
                <th scope="row">{title(line.milestoneId)}</th>
                <td className="num" data-label={t('money.dispute.workerAmount')}>
                  {yen(line.workerAmount)}
                </td>
                <td className="num" data-label={t('money.dispute.workerNet')}>
                  {yen(line.workerNet)}
                </td>
                <td className="num" data-label={t('money.dispute.refund')}>
                  {yen(line.refund)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

function MilestoneTable({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation();
  const milestoneStatus = useMilestoneStatusText();
  return (
    <section aria-labelledby="dispute-milestones" className="section">
      <h2 id="dispute-milestones">{t('money.dispute.milestones')}</h2>
      <DataTable caption={t('money.dispute.milestonesCaption')} captionHidden stack>
        <thead>
          <tr>
            <th scope="col">{t('money.dispute.position')}</th>
            <th scope="col">{t('money.dispute.milestone')}</th>
            <th scope="col">{t('money.dispute.milestoneStatus')}</th>
            <th scope="col" className="num">
              {t('money.dispute.amount')}
            </th>
            <th scope="col" className="num">
              {t('money.dispute.escrow')}
            </th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => (
            <tr key={m.id}>
              <td className="nowrap">{t('money.terms.positionValue', { n: m.position })}</td>
              <th scope="row">{m.title}</th>
              <td className="nowrap" data-label={t('money.dispute.milestoneStatus')}>
                {milestoneStatus(m.status)}
              </td>
              <td className="num" data-label={t('money.dispute.amount')}>
                {yen(m.amount)}
              </td>
              <td className="num" data-label={t('money.dispute.escrow')}>
                {yen(m.escrow)}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

const MILESTONE_STATUSES = ['unfunded', 'funded', 'delivered', 'accepted', 'paid', 'refunded', 'settled', 'cancelled'] as const;
type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** 「仮払い済み」「納品済み(検収待ち)」…; an unknown status is shown as it came. */
function useMilestoneStatusText(): (status: string) => string {
  const { t } = useTranslation();
  return (status) =>
    (MILESTONE_STATUSES as readonly string[]).includes(status)
      ? t(`money.dispute.milestoneStatuses.${status as MilestoneStatus}`)
      : status;
}

function Messages({ dispute: d }: { dispute: StaffDispute }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="dispute-messages" className="section">
      <h2 id="dispute-messages">{t('money.dispute.messages')}</h2>
      <p className="muted small">{t('money.dispute.messagesNote')}</p>
      {d.messages.length === 0 ? (
        <p className="muted">{t('money.dispute.messagesEmpty')}</p>
      ) : (
        <ol className="staff-messages">
          {d.messages.map((m) => (
            <li key={m.id} className="staff-message">
              <p className="message-meta">
                <span className="message-sender">{m.sender}</span>
                <time dateTime={m.createdAt} title={formatDateTime(m.createdAt, lang)}>
                  {formatMonthDayTime(m.createdAt, lang)}
                </time>
              </p>
              <div className="message-body">{m.body}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Timeline({ dispute: d }: { dispute: StaffDispute }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="dispute-timeline" className="section">
      <h2 id="dispute-timeline">{t('money.dispute.timeline')}</h2>
      {d.events.length === 0 ? (
        <p className="muted">{t('money.dispute.timelineEmpty')}</p>
      ) : (
        <ol className="timeline">
          {d.events.map((e) => (
            <li key={e.id} className="timeline-item">
              <time dateTime={e.createdAt} className="timeline-time">
                {formatDateTime(e.createdAt, lang)}
              </time>
              <span className="timeline-label">
                {e.label}
                {e.milestone && (
                  <span className="muted">
                    {' '}
                    — {t('money.dispute.milestoneHead', { n: e.milestone.position, title: e.milestone.title })}
                  </span>
                )}
              </span>
              <span className="badge badge-subject">{t(`money.dispute.actors.${e.actorRole}`)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
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

/**
 * 裁定: for each escrowed milestone 全額返金 / 全額支払い / 一部 (an amount before tax), and the
 * reason. The settlement is shown once more for confirmation before it is sent.
 */
function SettleForm({ dispute, onSettled }: { dispute: StaffDispute; onSettled: (next: StaffDispute) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['settlement', 'note']);
  const milestoneStatus = useMilestoneStatusText();
  const escrowed = escrowedOf(dispute);
  const [lines, setLines] = useState<Record<string, LineInput>>({});
  const [note, setNote] = useState('');
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [focus, setFocus] = useState<{ target: 'confirm' | 'review'; n: number } | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus?.target === 'confirm') confirmRef.current?.focus();
    if (focus?.target === 'review') document.getElementById('settle-review')?.focus();
  }, [focus]);
  const focusOn = (target: 'confirm' | 'review') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const line = (id: string): LineInput => lines[id] ?? { choice: null, partial: '' };
  const update = (id: string, next: Partial<LineInput>) => setLines((all) => ({ ...all, [id]: { ...line(id), ...next } }));
  const workerAmountOf = (m: Milestone, input: LineInput): number | 'invalid' | null => {
    if (input.choice === 'refund') return 0;
    if (input.choice === 'pay') return m.amount;
    if (input.choice === 'partial') return parseWholeNumber(input.partial) ?? 'invalid';
    return null;
  };

  const review = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors: FieldErrors = {};
    const settlement: Prepared['settlement'] = [];
    escrowed.forEach((m, i) => {
      const input = line(m.id);
      const amount = workerAmountOf(m, input);
      if (input.choice === null) errors[`settlement.${i}`] = t('money.dispute.choiceRequired');
      else if (amount === null || amount === 'invalid' || amount > m.amount) {
        errors[`settlement.${i}.workerAmount`] =
          input.partial.trim() === ''
            ? fieldMessage('required', lang)
            : fieldMessage('settlement-amount-invalid', lang, { max: m.amount });
      } else settlement.push({ milestoneId: m.id, workerAmount: amount });
    });
    const body = { settlement, note };
    // The reason is checked even while a milestone still lacks a choice.
    const noteError = schemaErrors(SettleDisputeBody, { settlement: [], note }, lang).note;
    if (noteError) errors.note = noteError;
    if (Object.keys(errors).length === 0) Object.assign(errors, schemaErrors(SettleDisputeBody, body, lang));
    if (Object.keys(errors).length > 0) return form.fail(errors);
    form.clear();
    setPrepared({ settlement, note, key: newIdempotencyKey() });
    focusOn('confirm');
  };

  const back = () => {
    setPrepared(null);
    form.clear();
    focusOn('review');
  };

  const send = () => {
    if (!prepared) return;
    void form.run(async () => {
      try {
        const next = await staffApi.settle(dispute.id, { settlement: prepared.settlement, note: prepared.note }, prepared.key);
        onSettled(next);
      } catch (error) {
        // Field errors are shown on the form, so go back to it.
        if ((toProblem(error).errors ?? []).length > 0) setPrepared(null);
        throw error;
      }
    });
  };

  const err = form.fieldErrors;
  const title = (m: Milestone) => t('money.dispute.milestoneHead', { n: m.position, title: m.title });

  return (
    <section aria-labelledby="dispute-settle" className="section card settle">
      <h2 id="dispute-settle">{t('money.dispute.settle')}</h2>
      <p>{escrowed.length > 0 ? t('money.dispute.settleLead') : t('money.dispute.noEscrow')}</p>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />

      {prepared ? (
        <div className="confirm-panel settle-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {t('money.dispute.confirmTitle')}
          </h3>
          <p>{t('money.dispute.confirmLead')}</p>
          {prepared.settlement.length > 0 && (
            <DataTable caption={t('money.dispute.confirmCaption')} captionHidden stack>
              <thead>
                <tr>
                  <th scope="col">{t('money.dispute.milestoneCol')}</th>
                  <th scope="col" className="num">
                    {t('money.dispute.confirmPay')}
                  </th>
                  <th scope="col" className="num">
                    {t('money.dispute.confirmRefund')}
                  </th>
                </tr>
              </thead>
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
            <Button variant="danger" busy={form.submitting} onClick={send}>
              {t('money.dispute.submit')}
            </Button>
            <Button variant="secondary" disabled={form.submitting} onClick={back}>
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
            name="note"
            required
            rows={5}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
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
