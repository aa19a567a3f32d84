import { useTranslation } from 'react-i18next';
import { INTENTS } from '../../../../shared/labels';
import { Fact } from '../../../components/facts/Fact';
import { useLang } from '../../../i18n';
import { formatDate, formatDateTime } from '../../../lib/format';
import styles from '../StaffConsole.module.css';
import { MemberSection, type MemberSectionProps } from './MemberSection';

/** 本人情報: username, display name, email and whether it is verified, registration, kind, role. */
export function MemberIdentitySection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = member.identity;
  return (
    <MemberSection id="member-identity" title={t('staffConsole.member.identityTitle')}>
      <dl className="facts">
        <Fact label={t('staffConsole.users.username')}>@{id.username}</Fact>
        <Fact label={t('staffConsole.users.displayName')}>{id.displayName ?? '—'}</Fact>
        <Fact label={t('staffConsole.users.email')}>
          {id.email ? (
            <>
              <span className={styles.wrap}>{id.email}</span>{' '}
              {id.emailVerifiedAt ? (
                <span className="badge badge-ok">
                  {t('staffConsole.member.emailVerified', { date: formatDate(id.emailVerifiedAt, lang) })}
                </span>
              ) : (
                <span className="badge badge-required">{t('staffConsole.member.emailUnverified')}</span>
              )}
            </>
          ) : (
            <span className="muted">{t('staffConsole.users.erased')}</span>
          )}
        </Fact>
        <Fact label={t('staffConsole.users.registeredAt')}>{formatDateTime(id.registeredAt, lang)}</Fact>
        <Fact label={t('staffConsole.member.kind')}>{INTENTS[id.intent][lang]}</Fact>
        {id.entityType && (
          <Fact label={t('staffConsole.member.entity')}>{t(`staffConsole.member.entityTypes.${id.entityType}`)}</Fact>
        )}
        <Fact label={t('staffConsole.member.staffRole')}>
          {id.staffRole ? t(`money.staff.roles.${id.staffRole}`) : t('staffConsole.member.notStaff')}
        </Fact>
        <Fact label={t('staffConsole.member.locale')}>{t(`staffConsole.member.locales.${id.locale}`)}</Fact>
        <Fact label={t('staffConsole.member.id')}>
          <code className={styles.wrap}>{member.id}</code>
        </Fact>
      </dl>
    </MemberSection>
  );
}
