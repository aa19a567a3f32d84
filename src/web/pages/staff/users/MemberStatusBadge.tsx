import { useTranslation } from 'react-i18next';
import type { StaffUserSummary } from '../../../../shared/api/staff-users';

/** A member's account status, and their staff role when they are staff. */
export function MemberStatusBadge({ status, staffRole }: Pick<StaffUserSummary, 'status' | 'staffRole'>) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge badge-status badge-status-${status === 'active' ? 'open' : 'closed'}`}>
        {t(`staffConsole.statuses.${status}`)}
      </span>
      {staffRole && <span className="badge badge-current">{t(`money.staff.roles.${staffRole}`)}</span>}
    </>
  );
}
