import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { MemberSection, type MemberSectionProps } from './MemberSection';

/** ログイン中の端末: each live session's device and when it was last used. */
export function MemberSessionsSection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <MemberSection id="member-sessions" title={t('staffConsole.member.sessionsTitle')}>
      {member.sessions.length === 0 ? (
        <p className="empty-state">{t('staffConsole.member.noSessions')}</p>
      ) : (
        <ul className="small">
          {member.sessions.map((s) => (
            <li key={`${s.createdAt}-${s.device}`}>
              <strong>{s.device}</strong>
              <br />
              {t('staffConsole.member.lastSeenAt')}: <time dateTime={s.lastSeenAt}>{formatDateTime(s.lastSeenAt, lang)}</time>
              {' / '}
              {t('staffConsole.member.signedInAt')}: <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, lang)}</time>
            </li>
          ))}
        </ul>
      )}
    </MemberSection>
  );
}
