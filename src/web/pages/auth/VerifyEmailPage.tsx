import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Problem } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { toProblem } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { ResendVerification } from '../../components/ResendVerification';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLinkToken } from './useLinkToken';

type State = { status: 'working' } | { status: 'done' } | { status: 'failed'; problem: Problem | null };

/** Opened from the verification mail: /verify-email?token=… */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const token = useLinkToken();
  useDocumentTitle(t('verifyEmail.title'));
  const [state, setState] = useState<State>(token ? { status: 'working' } : { status: 'failed', problem: null });

  useEffect(() => {
    if (!token) return;
    let live = true;
    once(token, () => accountsApi.verifyEmail(token)).then(
      () => live && setState({ status: 'done' }),
      (error: unknown) => live && setState({ status: 'failed', problem: toProblem(error) }),
    );
    return () => {
      live = false;
    };
  }, [token]);

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

// A token may be used once, so the request is shared if the page mounts twice.
const requests = new Map<string, Promise<unknown>>();
function once(token: string, send: () => Promise<unknown>): Promise<unknown> {
  let request = requests.get(token);
  if (!request) {
    request = send();
    requests.set(token, request);
  }
  return request;
}
