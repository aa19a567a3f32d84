import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { EmailLinkPage } from '../../components/auth/EmailLinkPage';
import { useLinkTokenAction } from './useLinkToken';

/** Opened from the mail sent to a new address: /confirm-email?token=… */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const state = useLinkTokenAction(
    (token) => accountsApi.confirmEmailChange(token),
    () => void refresh(),
  );
  return (
    <EmailLinkPage
      state={state}
      text={{
        title: t('confirmEmail.title'),
        working: t('confirmEmail.confirming'),
        success: t('confirmEmail.success'),
        missingToken: t('confirmEmail.missingToken'),
        loginLink: t('confirmEmail.loginLink'),
      }}
      memberLink={{ to: '/mypage/account', label: t('confirmEmail.accountLink') }}
      failedHelp={
        <p>
          <Link to="/mypage/profile/basic">{t('confirmEmail.retry')}</Link>
        </p>
      }
    />
  );
}
