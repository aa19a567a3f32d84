import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EXPORT_URL } from '../../api/withdrawal';
import { useAuth } from '../../app/auth';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PayeeIdentitySection } from '../payouts/PayeeIdentitySection';
import { DeviceSessions } from './DeviceSessions';
import { InvoiceNumberSection } from './InvoiceNumberSection';

/** 会員情報管理: login details and the devices that are logged in. */
export function AccountPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { user } = useAuth();
  useDocumentTitle(t('account.title'));
  if (!user) return null;

  return (
    <div>
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('account.title') }]} />
      <h1>{t('account.title')}</h1>

      <section aria-labelledby="account-login" className="section card">
        <h2 id="account-login">{t('account.loginInfo')}</h2>
        <dl className="facts">
          <Fact label={t('account.email')}>{user.email}</Fact>
          <Fact label={t('account.username')}>{user.username}</Fact>
          <Fact label={t('account.registeredAt')}>
            <time dateTime={user.createdAt}>{formatDate(user.createdAt, lang)}</time>
          </Fact>
        </dl>
        <p>
          <Link to="/mypage/profile/basic">{t('account.changeLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="account-security" className="section card">
        <h2 id="account-security">{t('security.title')}</h2>
        <p>{t('security.menuBody')}</p>
        <dl className="facts">
          <Fact label={t('security.status')}>{user.secondFactor === 'on' ? t('security.on') : t('security.off')}</Fact>
        </dl>
        <p>
          <Link to="/mypage/security">{t('security.title')}</Link>
        </p>
      </section>
      <InvoiceNumberSection />
      <PayeeIdentitySection />

      <DeviceSessions />

      <p>
        <a href={EXPORT_URL} download>
          {t('legal.exportData')}
        </a>
      </p>

      <p className="page-end-link">
        <Link to="/mypage/withdrawal">{t('account.withdrawalLink')}</Link>
      </p>
    </div>
  );
}
