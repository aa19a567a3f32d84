import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DisplayNameForm } from './DisplayNameForm';
import { EmailChangeForm } from './EmailChangeForm';
import { PasswordChangeForm } from './PasswordChangeForm';

/** 基本情報編集: username (read-only), display name, email address and password. */
export function BasicInfoPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useDocumentTitle(t('basic.title'));
  if (!user) return null;

  return (
    <div>
      <Breadcrumbs
        items={[
          { to: '/mypage', label: t('myPage.title') },
          { to: '/mypage/profile', label: t('profile.title') },
          { label: t('basic.title') },
        ]}
      />
      <h1>{t('basic.title')}</h1>

      <section className="section card">
        <h2 id="basic-username">{t('basic.usernameTitle')}</h2>
        <div className="field">
          <div className="field-label">
            <label htmlFor="basic-username-value">{t('basic.usernameLabel')}</label>
          </div>
          <div className="field-control">
            <input
              id="basic-username-value"
              className="input input-readonly"
              type="text"
              value={user.username}
              readOnly
              aria-describedby="basic-username-note"
            />
          </div>
          <p id="basic-username-note" className="warning">
            {t('basic.usernameNote')}
          </p>
        </div>
      </section>

      <DisplayNameForm user={user} />
      <EmailChangeForm user={user} />
      <PasswordChangeForm user={user} />

      <p className="page-end-link">
        <Link to="/mypage/withdrawal">{t('basic.withdrawalLink')}</Link>
      </p>
    </div>
  );
}
