// The recovery codes, shown once: copy them, save them as a .txt file, then go on.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { StatusMessage } from '../../components/FormAlert';
import styles from './Security.module.css';

export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const text = `${t('security.fileHeader')}\n\n${codes.join('\n')}\n`;
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;

  return (
    <section aria-labelledby="recovery-codes-title" className="section card">
      <h2 id="recovery-codes-title">{t('security.codesTitle')}</h2>
      <p>{t('security.codesLead')}</p>
      <ul className={styles.codes} aria-label={t('security.codesTitle')}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          {t('security.copy')}
        </Button>
        <a className="btn btn-secondary" href={href} download="yorozu-recovery-codes.txt">
          {t('security.download')}
        </a>
      </div>
      <StatusMessage>{copied && t('security.copied')}</StatusMessage>
      <div className="form-actions">
        <Button onClick={onDone}>{t('security.saved')}</Button>
      </div>
    </section>
  );
}
