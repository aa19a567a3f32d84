import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/facts/Fact';
import { useLang } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { MemberSection, type MemberSectionProps } from './MemberSection';
import { MemberStatusBadge } from './MemberStatusBadge';

/** 状態: active, withdrawal scheduled, withdrawn or suspended, with when. */
export function MemberStatusSection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <MemberSection id="member-status" title={t('staffConsole.member.statusTitle')}>
      <p className="member-status">
        <MemberStatusBadge status={member.status} staffRole={member.identity.staffRole} />
      </p>
      {(member.withdrawnAt || member.withdrawalRequestedAt) && (
        <dl className="facts facts-compact">
          {member.withdrawalRequestedAt && (
            <Fact label={t('staffConsole.member.withdrawalRequestedAt')}>
              {formatDateTime(member.withdrawalRequestedAt, lang)}
            </Fact>
          )}
          {member.withdrawnAt && (
            <Fact label={t('staffConsole.member.withdrawnAt')}>{formatDateTime(member.withdrawnAt, lang)}</Fact>
          )}
        </dl>
      )}
    </MemberSection>
  );
}
