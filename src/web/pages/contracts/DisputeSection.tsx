// トラブル対応: the dispute staff are handling (or have settled), and 「運営に相談する」 for
// either party while the contract runs.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisputeBody } from '../../../shared/api/contracts';
import { type Contract, contractsApi } from '../../api/contracts';
import { Button } from '../../components/Button';
import { FormTextArea } from '../../components/FormFields';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { ActionAlert, type PanelProps } from './contractParts';
import { SettlementTable } from './TerminationSection';

export function DisputeView({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = contract.dispute;
  if (!d) return null;
  const opener = t(`contracts.role.${d.openerRole}`);
  const mine = d.openerRole === contract.viewer.role;
  return (
    <section aria-labelledby="contract-dispute" className="section">
      <h2 id="contract-dispute">{t('contracts.dispute.title')}</h2>
      <div className="card contract-panel">
        <div className="milestone-head">
          <h3>{t('contracts.dispute.openedBy', { role: opener + (mine ? t('contracts.you') : '') })}</h3>
          <span className={`badge badge-contract badge-contract-${d.status === 'open' ? 'alert' : 'ended'}`}>
            {d.status === 'open' ? t('contracts.dispute.statusOpen') : t('contracts.dispute.statusSettled')}
          </span>
        </div>
        <dl className="facts facts-compact">
          <Fact label={t('contracts.dispute.openedAt')}>
            <time dateTime={d.createdAt}>{formatDate(d.createdAt, lang)}</time>
          </Fact>
          <Fact label={t('contracts.dispute.reason')} className="job-text">
            {d.reason}
          </Fact>
          {d.settledAt && (
            <Fact label={t('contracts.dispute.settledAt')}>
              <time dateTime={d.settledAt}>{formatDate(d.settledAt, lang)}</time>
            </Fact>
          )}
          {d.settlementNote && (
            <Fact label={t('contracts.dispute.note')} className="job-text">
              {d.settlementNote}
            </Fact>
          )}
        </dl>
        {d.settlement && <SettlementTable contract={contract} lines={d.settlement} />}
      </div>
    </section>
  );
}

/** 困ったときは: 「運営に相談する(トラブル報告)」 with a reason and a clear warning of what it does. */
export function HelpSection({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const form = useApiForm<{ reason: string }>({ schema: DisputeBody, fields: ['reason'], defaultValues: { reason: '' } });
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState<{ target: 'form' | 'open'; n: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus?.target === 'form') headingRef.current?.focus();
    if (focus?.target === 'open') document.getElementById('dispute-open')?.focus();
  }, [focus]);
  const focusOn = (target: 'form' | 'open') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  if (!contract.viewer.actions.includes('open_dispute')) return null;

  const submit = form.onSubmit(async ({ reason }) => {
    const next = await contractsApi.openDispute(contract.id, reason);
    setOpen(false);
    form.reset({ reason: '' });
    onChange(next, t('contracts.dispute.opened'));
  });

  return (
    <section aria-labelledby="contract-help" className="section">
      <h2 id="contract-help">{t('contracts.dispute.helpTitle')}</h2>
      <p className="muted small">{t('contracts.dispute.helpLead')}</p>
      {!open ? (
        <p className="contract-open-form">
          <Button
            id="dispute-open"
            variant="danger"
            onClick={() => {
              form.clearProblem();
              form.clearErrors();
              setOpen(true);
              focusOn('form');
            }}
          >
            {t('contracts.dispute.open')}
          </Button>
        </p>
      ) : (
        <form ref={form.formRef} noValidate onSubmit={submit} className="form confirm-panel">
          <h3 ref={headingRef} tabIndex={-1}>
            {t('contracts.dispute.formTitle')}
          </h3>
          <p className="warning">{t('contracts.dispute.warning')}</p>
          <ActionAlert form={form} onStale={onStale} />
          <FormTextArea
            form={form}
            name="reason"
            label={t('contracts.dispute.reasonLabel')}
            hint={t('contracts.dispute.reasonHint')}
            required
            rows={5}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={form.submitting}>
              {t('contracts.dispute.submit')}
            </Button>
            <Button
              variant="secondary"
              disabled={form.submitting}
              onClick={() => {
                setOpen(false);
                form.clearProblem();
                form.clearErrors();
                focusOn('open');
              }}
            >
              {t('contracts.dispute.back')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
