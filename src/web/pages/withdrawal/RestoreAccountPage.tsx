import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withdrawalApi } from '../../api/withdrawal';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { useApiForm } from '../../lib/form';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useLinkToken } from '../auth/useLinkToken';

/** Opened from the withdrawal mail: /restore-account?token=… */
export function RestoreAccountPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  useDocumentTitle(t('restore.title'));
  const form = useApiForm<Record<string, never>>({ fields: [] });
  const [done, setDone] = useState(false);

  const submit = form.onSubmit(async () => {
    if (!token) return;
    await withdrawalApi.restore(token);
    setDone(true);
  });

  const code = form.problem?.code;
  const linkProblem =
    code === 'restore-unavailable' || code === 'restore-link-used' || code === 'token-invalid' || code === 'token-expired';

  return (
    <div className="narrow">
      <h1>{t('restore.title')}</h1>
      {!token && (
        <div role="alert" className="alert alert-error">
          <p>{t('restore.missingToken')}</p>
        </div>
      )}
      {token && (
        <>
          <StatusMessage>{done && t('restore.success')}</StatusMessage>
          {done ? (
            <p>
              <Link to="/login" className="btn btn-primary">
                {t('restore.loginLink')}
              </Link>
            </p>
          ) : (
            <>
              <p className="lead">{t('restore.lead')}</p>
              <p>{t('restore.body')}</p>
              <ApiFormFrame
                form={form}
                onSubmit={submit}
                className="form"
                alert={
                  linkProblem && (
                    <ul className="link-list">
                      {(code === 'token-invalid' || code === 'restore-link-used') && (
                        <li>
                          <Link to="/login">{t('restore.loginLink')}</Link>
                        </li>
                      )}
                      <li>
                        <Link to="/register">{t('restore.registerLink')}</Link>
                      </li>
                    </ul>
                  )
                }
              >
                <Button type="submit" busy={form.submitting} className="btn-block">
                  {t('restore.submit')}
                </Button>
              </ApiFormFrame>
            </>
          )}
        </>
      )}
    </div>
  );
}
