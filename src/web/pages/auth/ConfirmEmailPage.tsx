import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Problem } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { toProblem } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLinkToken } from './useLinkToken';

type State = { status: 'working' } | { status: 'done' } | { status: 'failed'; problem: Problem | null };

const requests = new Map<string, Promise<unknown>>();

/** Opened from the mail sent to a new address: /confirm-email?token=… */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { user, refresh } = useAuth();
  const token = useLinkToken();
  useDocumentTitle(t('confirmEmail.title'));
  const [state, setState] = useState<State>(token ? { status: 'working' } : { status: 'failed', problem: null });

  useEffect(() => {
    if (!token) return;
    let live = true;
    let request = requests.get(token);
    if (!request) {
      request = accountsApi.confirmEmailChange(token);
      requests.set(token, request);
    }
    request.then(
      () => {
        if (!live) return;
        setState({ status: 'done' });
        void refresh();
      },
      (error: unknown) => live && setState({ status: 'failed', problem: toProblem(error) }),
    );
    return () => {
      live = false;
    };
  }, [token, refresh]);

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
