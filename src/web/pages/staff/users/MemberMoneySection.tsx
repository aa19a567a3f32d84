import { useTranslation } from 'react-i18next';
import { Fact } from '../../../components/facts/Fact';
import { useLang } from '../../../i18n';
import { formatYenText } from '../../../lib/format';
import { MemberSection, type MemberSectionProps } from './MemberSection';

/** 残高: earnings, payouts on their way, escrow on each side — from the ledger. */
export function MemberMoneySection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const m = member.money;
  const rows = [
    ['earnings', m.earningsYen],
    ['payoutsInFlight', m.payoutsInFlightYen],
    ['escrowAsClient', m.escrowAsClientYen],
    ['escrowAsWorker', m.escrowAsWorkerYen],
  ] as const;
  return (
    <MemberSection id="member-money" title={t('staffConsole.member.moneyTitle')}>
      <dl className="facts">
        {rows.map(([key, yen]) => (
          <Fact key={key} label={t(`staffConsole.member.${key}`)}>
            <span className="num">{formatYenText(yen, lang)}</span>
          </Fact>
        ))}
      </dl>
    </MemberSection>
  );
}
