import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { Fact } from '../../components/facts/Fact';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { canConfirmDeposits, canModerate, canReadAudit, canSettleDisputes } from './staffParts';

/** /staff — 運営管理: the staff pages this member's role may use. */
export function StaffHomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useDocumentTitle(t('money.staff.title'));
  const role = user?.staffRole ?? null;
  const deposits = canConfirmDeposits(role);
  const disputes = canSettleDisputes(role);
  const audit = canReadAudit(role);
  // The members console and the statistics are for every staff role.
  const staff = role !== null;
  const moderates = canModerate(role);
  const menu = [
    { shown: deposits, to: '/staff/deposits', title: t('money.staff.deposits'), body: t('money.staff.depositsBody') },
    { shown: deposits, to: '/staff/payouts', title: t('payouts.staff.menu'), body: t('payouts.staff.menuBody') },
    { shown: disputes, to: '/staff/disputes', title: t('money.staff.disputes'), body: t('money.staff.disputesBody') },
    { shown: audit, to: '/staff/audit', title: t('audit.menu'), body: t('audit.menuBody') },
    { shown: staff, to: '/staff/users', title: t('staffConsole.users.menu'), body: t('staffConsole.users.menuBody') },
    {
      shown: staff,
      to: '/staff/statistics',
      title: t('staffConsole.statistics.menu'),
      body: t('staffConsole.statistics.menuBody'),
    },
    { shown: audit, to: '/staff/flags', title: t('blocks.flags.menu'), body: t('blocks.flags.menuBody') },
    {
      shown: role === 'moderator' || role === 'admin',
      to: '/staff/moderation',
      title: t('moderation.staff.title'),
      body: t('moderation.staff.lead'),
    },
    {
      shown: disputes,
      to: '/staff/consultations',
      title: t('consultations.staff.menu'),
      body: t('consultations.staff.menuBody'),
    },
    {
      shown: role === 'support' || moderates,
      to: '/staff/contact-requests',
      title: t('screening.contact.staffMenu'),
      body: t('screening.contact.staffMenuBody'),
    },
    { shown: moderates, to: '/staff/held', title: t('screening.staff.menu'), body: t('screening.staff.menuBody') },
    { shown: role === 'admin', to: '/staff/team', title: t('security.team.menu'), body: t('security.team.menuBody') },
    { shown: role !== null, to: '/mypage/security', title: t('security.title'), body: t('security.menuBody') },
  ];

  return (
    <div className="staff-home">
      <h1>{t('money.staff.title')}</h1>
      <p className="lead">{t('money.staff.lead')}</p>
      {role && (
        <dl className="facts facts-compact">
          <Fact label={t('money.staff.role')}>
            <span className="badge badge-current">{t(`money.staff.roles.${role}`)}</span>
          </Fact>
        </dl>
      )}
      <section aria-labelledby="staff-menu" className="section">
        <h2 id="staff-menu" className="visually-hidden">
          {t('myPage.menuTitle')}
        </h2>
        {menu.every((item) => !item.shown) ? (
          <p className="card empty-state">{t('money.staff.noSections')}</p>
        ) : (
          <ul className="link-cards">
            {menu
              .filter((item) => item.shown)
              .map((item) => (
                <li key={item.to}>
                  <Link to={item.to} className="link-card">
                    <span className="link-card-title">{item.title}</span>
                    <span className="link-card-body">{item.body}</span>
                  </Link>
                </li>
              ))}
          </ul>
        )}
      </section>
    </div>
  );
}
