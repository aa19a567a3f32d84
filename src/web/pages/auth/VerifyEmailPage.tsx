import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { ResendVerification } from '../../components/ResendVerification';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLinkTokenAction } from './useLinkToken';

/** Opened from the verification mail: /verify-email?token=… */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useDocumentTitle(t('verifyEmail.title'));
  const state = useLinkTokenAction((token) => accountsApi.verifyEmail(token));

  return (
    <div className="narrow">
      <h1>{t('verifyEmail.title')}</h1>
      {state.status === 'working' && (
        <p role="status" className="loading">
          {t('verifyEmail.verifying')}
        </p>
      )}
      {state.status === 'done' && (
        <>
          <StatusMessage>{t('verifyEmail.success')}</StatusMessage>
          <p>
            {user ? (
              <Link to="/mypage" className="btn btn-primary">
                {t('verifyEmail.myPageLink')}
              </Link>
            ) : (
              <Link to="/login" className="btn btn-primary">
                {t('verifyEmail.loginLink')}
              </Link>
            )}
          </p>
        </>
      )}
      {state.status === 'failed' && (
        <>
          {state.problem ? (
            <ProblemMessage problem={state.problem} />
          ) : (
            <div role="alert" className="alert alert-error">
              <p>{t('verifyEmail.missingToken')}</p>
            </div>
          )}
          <section aria-labelledby="resend-title" className="section">
            <h2 id="resend-title">{t('resend.title')}</h2>
            <ResendVerification lead={t('verifyEmail.resendLead')} />
          </section>
        </>
      )}
    </div>
  );
}
