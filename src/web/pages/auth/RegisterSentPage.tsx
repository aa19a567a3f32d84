import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ResendVerification } from '../../components/ResendVerification';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export interface RegisterSentState {
  email: string;
  message: string;
}

function readState(state: unknown): RegisterSentState | null {
  if (typeof state !== 'object' || state === null) return null;
  const email = 'email' in state && typeof state.email === 'string' ? state.email : null;
  const message = 'message' in state && typeof state.message === 'string' ? state.message : '';
  return email ? { email, message } : null;
}

/** 確認メールを送信しました: shown after registration. */
export function RegisterSentPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const state = readState(location.state);
  useDocumentTitle(t('registerSent.title'));
  const showDevMail = useDevMailbox();

  return (
    <div className="narrow">
      <h1>{t('registerSent.title')}</h1>
      <div className="card">
        <p>{state ? t('registerSent.bodyWithEmail', { email: state.email }) : t('registerSent.body')}</p>
        <p>{t('registerSent.instructions')}</p>
        {showDevMail && (
          <p className="note">
            {t('registerSent.devNote')}{' '}
            <a href="/dev/mail" target="_blank" rel="noopener">
              {t('registerSent.devLink')}
            </a>
          </p>
        )}
      </div>
      <section aria-labelledby="not-received" className="section">
        <h2 id="not-received">{t('registerSent.notReceivedTitle')}</h2>
        <ul className="bullets">
          <li>{t('registerSent.notReceived1')}</li>
          <li>{t('registerSent.notReceived2')}</li>
        </ul>
        <ResendVerification email={state?.email} />
      </section>
    </div>
  );
}

/**
 * Whether the development mail viewer answers at /dev/mail. The server registers it only
 * outside production mode, so a production site never shows the note.
 */
function useDevMailbox(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let live = true;
    fetch('/dev/mail', { method: 'HEAD', credentials: 'same-origin' }).then(
      (res) => live && setAvailable(res.ok && (res.headers.get('content-type') ?? '').includes('text/html')),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return available;
}
