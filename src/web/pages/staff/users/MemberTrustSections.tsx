// Trust and safety on a member's page: their restrictions (with the way to the page that
// manages them), the reports about them and by them, and their flags. One read of
// /staff/users/:id/trust feeds the three sections; finance is told who may see them.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffMemberTrust } from '../../../../shared/api/staff-member-trust';
import { toProblem } from '../../../api/client';
import { staffConsoleQueries } from '../../../api/staffConsole';
import { useLang } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import styles from '../StaffModeration.module.css';
import { MemberSection, type MemberSectionProps } from './MemberSection';

/** The member's trust record, or what to say instead (loading, refused, failed). */
function Trust({ member, children }: MemberSectionProps & { children: (trust: StaffMemberTrust) => ReactNode }) {
  const { t } = useTranslation();
  const query = useQuery(staffConsoleQueries.trust(member.id));
  if (query.data) return <>{children(query.data)}</>;
  if (query.error) {
    const problem = toProblem(query.error);
    return <p className="muted">{problem.status === 403 ? t('staffConsole.member.trustForbidden') : problem.title}</p>;
  }
  return <p className="muted">{t('common.loading')}</p>;
}

const STATE_BADGE = { active: 'badge-state-declined', ended: 'badge-state-expired', lifted: 'badge-state-hired' } as const;

/** 利用制限: each restriction's kind, state, rule and period; the link to manage them. */
export function MemberRestrictionsSection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <MemberSection id="member-restrictions" title={t('staffConsole.member.restrictionsTitle')}>
      <Trust member={member}>
        {(trust) =>
          trust.restrictions.length === 0 ? (
            <p className="empty-state">{t('staffConsole.member.noRestrictions')}</p>
          ) : (
            <ul className={styles.rows}>
              {trust.restrictions.map((r) => (
                <li key={r.id}>
                  <strong>{t(`moderation.restrictionKinds.${r.kind}`)}</strong>{' '}
                  <span className={`badge badge-state ${STATE_BADGE[r.state]}`}>{t(`moderation.states.${r.state}`)}</span>
                  {r.appealPending && (
                    <>
                      {' '}
                      <span className="badge badge-state badge-state-pending">{t('staffConsole.member.appealPending')}</span>
                    </>
                  )}
                  <br />
                  <span className="small">
                    {r.articleTitle} ・ {t('staffConsole.member.since', { date: formatDateTime(r.startsAt, lang) })}{' '}
                    {r.endsAt
                      ? t('staffConsole.member.until', { date: formatDateTime(r.endsAt, lang) })
                      : t('staffConsole.member.untilReviewed')}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Trust>
      <p>
        <Link to={`/staff/users/${encodeURIComponent(member.id)}/restrictions`}>{t('staffConsole.member.restrictionsLink')}</Link>
      </p>
    </MemberSection>
  );
}

function ReportRows({ items, about }: { items: StaffMemberTrust['reportsAbout']; about: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return <p className="empty-state">{t('staffConsole.member.noReports')}</p>;
  return (
    <ul className={styles.rows}>
      {items.map((r) => (
        <li key={r.id}>
          <Link to={`/staff/moderation/reports/${encodeURIComponent(r.id)}`}>
            {t(`moderation.kinds.${r.targetKind}`)} ・ {t(`moderation.reasons.${r.reason}`)}
          </Link>{' '}
          <span className="badge">{t(`moderation.outcomes.${r.status}`)}</span>
          <br />
          <span className="small">{r.excerpt}</span>
          <br />
          <span className="small muted">
            {t(about ? 'staffConsole.member.reportFrom' : 'staffConsole.member.reportAgainst', {
              username: r.other.username,
            })}{' '}
            ・ <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** 通報: the latest reports about the member, then those they made. */
export function MemberReportsSection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  return (
    <MemberSection id="member-reports" title={t('staffConsole.member.reportsTitle')}>
      <Trust member={member}>
        {(trust) => (
          <>
            <h3>{t('staffConsole.member.reportsAbout')}</h3>
            <ReportRows items={trust.reportsAbout} about />
            <h3>{t('staffConsole.member.reportsBy')}</h3>
            <ReportRows items={trust.reportsBy} about={false} />
          </>
        )}
      </Trust>
    </MemberSection>
  );
}

/** 要確認フラグ: matches with former members, open or resolved with the note. */
export function MemberFlagsSection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <MemberSection id="member-flags" title={t('staffConsole.member.flagsTitle')}>
      <Trust member={member}>
        {(trust) =>
          trust.flags.length === 0 ? (
            <p className="empty-state">{t('staffConsole.member.noFlags')}</p>
          ) : (
            <ul className={styles.rows}>
              {trust.flags.map((f) => (
                <li key={f.id}>
                  <strong>{t(`staffConsole.member.flagKinds.${f.kind}`)}</strong>{' '}
                  <span className={`badge badge-state ${f.resolvedAt ? 'badge-state-hired' : 'badge-state-pending'}`}>
                    {t(f.resolvedAt ? 'staffConsole.member.flagResolved' : 'staffConsole.member.flagOpen')}
                  </span>
                  <br />
                  <span className="small">
                    {t('staffConsole.member.flagWithdrawnOn', { date: formatDate(f.withdrawnOn, lang) })}
                    {f.note && ` ・ ${f.note}`}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Trust>
      <p>
        <Link to="/staff/flags">{t('staffConsole.member.flagsLink')}</Link>
      </p>
    </MemberSection>
  );
}
