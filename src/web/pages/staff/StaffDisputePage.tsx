import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type StaffDispute, staffQueries } from '../../api/staff';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { StatusMessage } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { TableHead } from '../../components/money/TableHead';
import { useLang } from '../../i18n';
import { formatDateTime, formatMonthDayTime } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DataTable, YenCells } from '../documents/docParts';
import { NotFoundPage } from '../errors/NotFoundPage';
import { type Milestone, SettleForm, useMilestoneStatusText } from './SettleForm';
import { DisputeStatusBadge } from './StaffDisputesPage';

/** /staff/disputes/:id — one dispute: the contract, the claim, the evidence, and the settlement. */
export function StaffDisputePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  useDocumentTitle(t('money.dispute.title'));
  const query = useQuery(staffQueries.dispute(id));
  const [notice, setNotice] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) statusRef.current?.focus();
  }, [notice]);

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('money.dispute.notFoundTitle')} body={t('money.dispute.notFoundBody')} />;
  }

  const onSettled = (next: StaffDispute) => {
    queryClient.setQueryData(staffQueries.dispute(id).queryKey, next);
    // The lists of open and settled disputes have changed: they load again when opened.
    void queryClient.invalidateQueries({ queryKey: ['staff-disputes'] });
    setNotice(t('money.dispute.done'));
  };

  return (
    // The breadcrumbs name the contract, the heading the page: not Page's frame.
    <div className="staff-dispute">
      <Breadcrumbs
        items={[
          { to: '/staff', label: t('money.staff.title') },
          { to: '/staff/disputes', label: t('money.disputes.title') },
          { label: query.data?.contract.title ?? t('money.dispute.title') },
        ]}
      />
      <h1>{t('money.dispute.title')}</h1>
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      <QueryView query={query} canRetry={(problem) => problem.status !== 403}>
        {(dispute) => (
          <>
            <DisputeFacts dispute={dispute} />
            {dispute.status === 'settled' && <SettlementResult dispute={dispute} />}
            <MilestoneTable milestones={dispute.milestones} />
            <Messages dispute={dispute} />
            <Timeline dispute={dispute} />
            {dispute.status === 'open' && <SettleForm dispute={dispute} onSettled={onSettled} />}
          </>
        )}
      </QueryView>
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
          <Fact label={t('money.dispute.contractTitle')}>
            {d.contract.title}
            <span className="muted small doc-id"> ({d.contract.id})</span>
          </Fact>
          <Fact label={t('money.dispute.contractStatus')}>{t(`money.dispute.contractStatuses.${d.contract.status}`)}</Fact>
          <Fact label={t('money.dispute.client')}>
            <Link to={`/u/${encodeURIComponent(d.client.username)}`}>@{d.client.username}</Link>
          </Fact>
          <Fact label={t('money.dispute.worker')}>
            <Link to={`/u/${encodeURIComponent(d.worker.username)}`}>@{d.worker.username}</Link>
          </Fact>
        </dl>
      </section>
      <section aria-labelledby="dispute-claim" className="section">
        <h2 id="dispute-claim">{t('money.dispute.claim')}</h2>
        <dl className="facts">
          <Fact label={t('money.dispute.opener')}>{t(`money.disputes.openers.${d.openerRole}`)}</Fact>
          <Fact label={t('money.dispute.openedAt')}>
            <time dateTime={d.createdAt}>{formatDateTime(d.createdAt, lang)}</time>
          </Fact>
          <Fact label={t('money.dispute.reason')} className="doc-text">
            {d.reason}
          </Fact>
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
          <Fact label={t('money.dispute.settledAt')}>
            <time dateTime={d.settledAt}>{formatDateTime(d.settledAt, lang)}</time>
          </Fact>
        )}
        {d.settlementNote && (
          <Fact label={t('money.dispute.note')} className="doc-text">
            {d.settlementNote}
          </Fact>
        )}
      </dl>
      {d.settlement && d.settlement.length > 0 && (
        <DataTable caption={t('money.dispute.resultCaption')} stack>
          <TableHead
            columns={[
              { label: t('money.dispute.milestoneCol') },
              { label: t('money.dispute.workerAmount'), className: 'num' },
              { label: t('money.dispute.workerNet'), className: 'num' },
              { label: t('money.dispute.refund'), className: 'num' },
            ]}
          />
          <tbody>
            {d.settlement.map((line) => (
              <tr key={line.milestoneId}>
                <th scope="row">{title(line.milestoneId)}</th>
                <YenCells
                  cells={[
                    { label: t('money.dispute.workerAmount'), amount: line.workerAmount },
                    { label: t('money.dispute.workerNet'), amount: line.workerNet },
                    { label: t('money.dispute.refund'), amount: line.refund },
                  ]}
                />
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
        <TableHead
          columns={[
            { label: t('money.dispute.position') },
            { label: t('money.dispute.milestone') },
            { label: t('money.dispute.milestoneStatus') },
            { label: t('money.dispute.amount'), className: 'num' },
            { label: t('money.dispute.escrow'), className: 'num' },
          ]}
        />
        <tbody>
          {milestones.map((m) => (
            <tr key={m.id}>
              <td className="nowrap">{t('money.terms.positionValue', { n: m.position })}</td>
              <th scope="row">{m.title}</th>
              <td className="nowrap" data-label={t('money.dispute.milestoneStatus')}>
                {milestoneStatus(m.status)}
              </td>
              <YenCells
                cells={[
                  { label: t('money.dispute.amount'), amount: m.amount },
                  { label: t('money.dispute.escrow'), amount: m.escrow },
                ]}
              />
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

/** A part of the dispute shown as a list: its heading, a note when given, then its items or a line saying there are none. */
function ListSection({
  id,
  title,
  note,
  empty,
  className,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  empty: string;
  /** The list's class. */
  className: string;
  children: ReactNode[];
}) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {note && <p className="muted small">{note}</p>}
      {children.length === 0 ? <p className="muted">{empty}</p> : <ol className={className}>{children}</ol>}
    </section>
  );
}

function Messages({ dispute: d }: { dispute: StaffDispute }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ListSection
      id="dispute-messages"
      title={t('money.dispute.messages')}
      note={t('money.dispute.messagesNote')}
      empty={t('money.dispute.messagesEmpty')}
      className="staff-messages"
    >
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
    </ListSection>
  );
}

function Timeline({ dispute: d }: { dispute: StaffDispute }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ListSection
      id="dispute-timeline"
      title={t('money.dispute.timeline')}
      empty={t('money.dispute.timelineEmpty')}
      className="timeline"
    >
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
    </ListSection>
  );
}
