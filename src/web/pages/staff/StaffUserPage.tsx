import { useQuery } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PROBLEMS } from '../../../shared/errors';
import { staffConsoleQueries } from '../../api/staffConsole';
import { ProblemMessage } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { QueryView } from '../../lib/query';
import styles from './StaffConsole.module.css';
import { MemberAuditSection } from './users/MemberAuditSection';
import { MemberIdentitySection } from './users/MemberIdentitySection';
import { MemberMoneySection } from './users/MemberMoneySection';
import { MemberOpenItemsSection } from './users/MemberOpenItemsSection';
import type { MemberSectionProps } from './users/MemberSection';
import { MemberSessionsSection } from './users/MemberSessionsSection';
import { MemberStatusSection } from './users/MemberStatusSection';
import { MemberFlagsSection, MemberReportsSection, MemberRestrictionsSection } from './users/MemberTrustSections';

/**
 * The sections of a member's page, in order. A feature that has something to say about a
 * member (restrictions, reports, flags) adds its section component here.
 */
export const MEMBER_SECTIONS: readonly ComponentType<MemberSectionProps>[] = [
  MemberStatusSection,
  MemberIdentitySection,
  MemberOpenItemsSection,
  MemberMoneySection,
  MemberRestrictionsSection,
  MemberReportsSection,
  MemberFlagsSection,
  MemberSessionsSection,
  MemberAuditSection,
];

/** /staff/users/:id — one member for staff: each section of MEMBER_SECTIONS. */
export function StaffUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(staffConsoleQueries.user(id));
  const crumbs = [
    { to: '/staff', label: t('money.staff.title') },
    { to: '/staff/users', label: t('staffConsole.users.title') },
  ];
  const member = query.data;
  const title = member ? (member.identity.displayName ?? `@${member.identity.username}`) : t('staffConsole.member.titleLoading');
  return (
    <Page className="staff-user" title={title} crumbs={crumbs} lead={member ? `@${member.identity.username}` : undefined}>
      <QueryView query={query} notFound={<MemberNotFound />} canRetry={(problem) => problem.status !== 403}>
        {(m) => (
          <div className={styles.sections}>
            {MEMBER_SECTIONS.map((Section, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of sections, never reordered.
              <Section key={i} member={m} />
            ))}
          </div>
        )}
      </QueryView>
    </Page>
  );
}

function MemberNotFound() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ProblemMessage
      problem={{
        type: 'about:blank',
        status: 404,
        code: 'not-found',
        ...PROBLEMS['not-found'][lang],
        detail: t('staffConsole.member.notFound'),
      }}
    >
      <p>
        <Link to="/staff/users">{t('staffConsole.member.back')}</Link>
      </p>
    </ProblemMessage>
  );
}
