// The staff area's gate and the pieces its pages share.
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PROBLEMS, type Problem } from '../../../shared/errors';
import type { StaffRole } from '../../../shared/labels';
import { useAuth } from '../../app/auth';
import { ProblemMessage } from '../../components/FormAlert';
import { useLang } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import '../../money.css';

/** Finance confirms bank transfers; support settles disputes; admin does both. */
export const canConfirmDeposits = (role: StaffRole | null | undefined) => role === 'finance' || role === 'admin';
export const canSettleDisputes = (role: StaffRole | null | undefined) => role === 'support' || role === 'admin';
/** Support and moderators read the audit log (domain/policies/staff.ts AUDIT_READERS). */
export const canReadAudit = (role: StaffRole | null | undefined) =>
  role === 'support' || role === 'moderator' || role === 'admin';

/** Moderators (and admin) review held posts (domain/policies/staff.ts MODERATORS). */
export const canModerate = (role: StaffRole | null | undefined) => role === 'moderator' || role === 'admin';

/** /staff/* — shows the staff pages to staff; everyone else sees the 403 problem. */
export function RequireStaff() {
  const { user } = useAuth();
  if (!user?.staffRole) return <StaffForbidden />;
  return <Outlet />;
}

function StaffForbidden() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('money.staff.title'));
  const problem: Problem = {
    type: 'about:blank',
    status: 403,
    code: 'forbidden',
    ...PROBLEMS.forbidden[lang],
    detail: t('money.staff.forbiddenDetail'),
  };
  return (
    <div className="narrow">
      <h1>{t('money.staff.title')}</h1>
      <ProblemMessage problem={problem}>
        <p>
          <Link to="/">{t('common.backToTop')}</Link>
        </p>
      </ProblemMessage>
    </div>
  );
}
