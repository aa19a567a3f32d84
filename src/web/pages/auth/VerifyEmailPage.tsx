import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../api/accounts';
import { EmailLinkPage } from '../../components/auth/EmailLinkPage';
import { ResendVerification } from '../../components/ResendVerification';
import { useLinkTokenAction } from './useLinkToken';

/** Opened from the verification mail: /verify-email?token=… */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const state = useLinkTokenAction((token) => accountsApi.verifyEmail(token));
  return (
    <EmailLinkPage
      state={state}
      text={{
        title: t('verifyEmail.title'),
        working: t('verifyEmail.verifying'),
        success: t('verifyEmail.success'),
        missingToken: t('verifyEmail.missingToken'),
        loginLink: t('verifyEmail.loginLink'),
      }}
      memberLink={{ to: '/mypage', label: t('verifyEmail.myPageLink') }}
      failedHelp={
        <section aria-labelledby="resend-title" className="section">
          <h2 id="resend-title">{t('resend.title')}</h2>
          <ResendVerification lead={t('verifyEmail.resendLead')} />
        </section>
      }
    />
  );
}
