import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { Fact } from '../../components/facts/Fact';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { canConfirmDeposits, canSettleDisputes } from './staffParts';

/** /staff — 運営管理: the staff pages this member's role may use. */
export function StaffHomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useDocumentTitle(t('money.staff.title'));
  const role = user?.staffRole ?? null;
  const deposits = canConfirmDeposits(role);
  const disputes = canSettleDisputes(role);

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
        {!deposits && !disputes ? (
          <p className="card empty-state">{t('money.staff.noSections')}</p>
        ) : (
          <ul className="link-cards">
            {deposits && (
              <li>
                <Link to="/staff/deposits" className="link-card">
                  <span className="link-card-title">{t('money.staff.deposits')}</span>
                  <span className="link-card-body">{t('money.staff.depositsBody')}</span>
                </Link>
              </li>
            )}
            {deposits && (
              <li>
                <Link to="/staff/payouts" className="link-card">
                  <span className="link-card-title">{t('payouts.staff.menu')}</span>
                  <span className="link-card-body">{t('payouts.staff.menuBody')}</span>
                </Link>
              </li>
            )}
            {disputes && (
              <li>
                <Link to="/staff/disputes" className="link-card">
                  <span className="link-card-title">{t('money.staff.disputes')}</span>
                  <span className="link-card-body">{t('money.staff.disputesBody')}</span>
                </Link>
              </li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
