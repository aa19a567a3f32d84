// The client's decision on one application: 候補 (shortlist), 採用する, and 見送る with an
// optional reason the applicant receives. Used on the applicant list and the application page.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeclineBody } from '../../../shared/api/applications';
import { type Application, applicationsApi } from '../../api/applications';
import { DeclineForm, useDeclineForm } from '../../components/applications/DeclineForm';
import { Button } from '../../components/Button';
import { ConfirmStep } from '../../components/ConfirmStep';
import { StaleActionAlert, StatusMessage } from '../../components/FormAlert';

type Busy = 'hire' | 'decline' | 'shortlist' | null;

/** What a part that acts on an application gets: the application, and where its new state goes. */
export interface ApplicationActionProps {
  application: Application;
  onChange: (next: Application) => void;
  /** Reloads the page's data after a refusal that means it is stale. */
  reload: () => void;
}

interface Props {
  application: Application;
  onChange: (next: Application) => void;
  /** Called after a refusal that means the page shows stale data. */
  onStale?: () => void;
  /** Adds the applicant's name to the buttons' names, for a list of several applicants. */
  named?: boolean;
}

export function ClientDecision({ application, onChange, onStale, named = false }: Props) {
  const { t } = useTranslation();
  const form = useDeclineForm(DeclineBody);
  const [busy, setBusy] = useState<Busy>(null);
  const [declining, setDeclining] = useState(false);
  const [notice, setNotice] = useState<ReactNode>(null);
  const [focus, setFocus] = useState<{ target: 'status' | 'reason' | 'decline'; n: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const name = application.worker.displayName;
  const pending = application.status === 'pending';
  const declineId = `decline-${application.id}`;
  const reasonId = `decline-reason-${application.id}`;
  const forName = named ? <span className="visually-hidden">: {name}</span> : null;

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'status') statusRef.current?.focus();
    if (focus.target === 'reason') document.getElementById(reasonId)?.focus();
    if (focus.target === 'decline') document.getElementById(declineId)?.focus();
  }, [focus, declineId, reasonId]);
  const focusOn = (target: 'status' | 'reason' | 'decline') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const act = async (action: Exclude<Busy, null>, call: () => Promise<Application>, done: (next: Application) => ReactNode) => {
    setNotice(null);
    setBusy(action);
    const settle = async () => {
      const next = await call();
      onChange(next);
      setNotice(done(next));
      setDeclining(false);
      form.reset();
      if (action !== 'shortlist') focusOn('status');
    };
    try {
      // The decline form's own submission has checked the reason and shows its problem.
      await (action === 'decline' ? settle() : form.run(settle));
    } finally {
      setBusy(null);
    }
  };

  const stale = form.problem?.code === 'application-transition-invalid';

  return (
    <div className="decision">
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      <StaleActionAlert form={form} stale={stale} onReload={onStale} />
      {pending && (
        <div className="decision-actions">
          <button
            type="button"
            className="shortlist-toggle"
            aria-pressed={application.shortlisted}
            disabled={busy !== null}
            onClick={() =>
              void act(
                'shortlist',
                () => applicationsApi.shortlist(application.id, !application.shortlisted),
                (next) => t(next.shortlisted ? 'application.shortlistOn' : 'application.shortlistOff', { name }),
              )
            }
          >
            <span className="shortlist-star" aria-hidden="true">
              {application.shortlisted ? '★' : '☆'}
            </span>
            {t('application.shortlist')}
            {forName}
          </button>
          <ConfirmStep
            busy={busy === 'hire'}
            disabled={busy !== null || declining}
            headingLevel={named ? 4 : 3}
            label={
              <>
                {t('application.hire')}
                {forName}
              </>
            }
            title={t('confirm.hire.title', { name })}
            confirmLabel={t('confirm.hire.confirm')}
            onConfirm={() =>
              act(
                'hire',
                () => applicationsApi.hire(application.id),
                (next) => (
                  <>
                    {t('confirm.hire.done', { name })}{' '}
                    {next.contractId && (
                      <Link to={`/contracts/${encodeURIComponent(next.contractId)}`}>{t('confirm.hire.toContract')}</Link>
                    )}
                  </>
                ),
              )
            }
          >
            <p>{t('confirm.hire.body', { name })}</p>
          </ConfirmStep>
          {!declining && (
            <Button
              id={declineId}
              variant="danger"
              disabled={busy !== null}
              onClick={() => {
                form.clearProblem();
                setNotice(null);
                setDeclining(true);
                focusOn('reason');
              }}
            >
              {t('application.decline')}
              {forName}
            </Button>
          )}
        </div>
      )}
      {pending && declining && (
        <DeclineForm
          form={form}
          reasonId={reasonId}
          label={t('application.declineReasonLabel')}
          confirmLabel={t('application.declineConfirm')}
          backLabel={t('application.back')}
          busy={busy === 'decline'}
          onDecline={(reason) =>
            act(
              'decline',
              () => applicationsApi.decline(application.id, reason),
              () => t('application.declined', { name }),
            )
          }
          onBack={() => {
            setDeclining(false);
            focusOn('decline');
          }}
        />
      )}
    </div>
  );
}
