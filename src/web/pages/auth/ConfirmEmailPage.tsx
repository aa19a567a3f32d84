import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLinkTokenAction } from './useLinkToken';

/** Opened from the mail sent to a new address: /confirm-email?token=… */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { user, refresh } = useAuth();
  useDocumentTitle(t('confirmEmail.title'));
  const state = useLinkTokenAction(
    (token) => accountsApi.confirmEmailChange(token),
    () => void refresh(),
  );

  return (
    <div className="narrow">
      <h1>{t('confirmEmail.title')}</h1>
      {state.status === 'working' && (
        <p role="status" className="loading">
          {t('confirmEmail.confirming')}
        </p>
      )}
      {state.status === 'done' && (
        <>
          <StatusMessage>{t('confirmEmail.success')}</StatusMessage>
          <p>
            {user ? (
              <Link to="/mypage/account" className="btn btn-primary">
                {t('confirmEmail.accountLink')}
              </Link>
            ) : (
              <Link to="/login" className="btn btn-primary">
                {t('confirmEmail.loginLink')}
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
              <p>{t('confirmEmail.missingToken')}</p>
            </div>
          )}
          <p>
            <Link to="/mypage/profile/basic">{t('confirmEmail.retry')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
