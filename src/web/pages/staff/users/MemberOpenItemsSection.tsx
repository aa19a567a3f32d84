import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { MemberSection, type MemberSectionProps } from './MemberSection';

/** 未完了の取引: the withdrawal blockers, as the member sees them, read-only. */
export function MemberOpenItemsSection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { blockers } = member.openItems;
  return (
    <MemberSection id="member-open-items" title={t('staffConsole.member.openItemsTitle')} wide>
      <p className="small muted">{t('staffConsole.member.openItemsLead')}</p>
      {blockers.length === 0 ? (
        <p className="empty-state">{t('staffConsole.member.noOpenItems')}</p>
      ) : (
        <ul className="member-open-items">
          {blockers.map((b) => (
            <li key={b.code} className="member-open-item">
              <h3>
                {b.title} <span className="badge">{t('staffConsole.member.items', { count: b.count })}</span>
              </h3>
              <p className="small">{b.explanation}</p>
              {b.items.length > 0 && (
                <ul className="small">
                  {b.items.map((item) => (
                    <li key={item.id}>
                      {item.title}
                      {item.clearsAt && (
                        <span className="muted">
                          {' '}
                          ({t('staffConsole.member.clearsAt', { date: formatDate(item.clearsAt, lang) })})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </MemberSection>
  );
}
