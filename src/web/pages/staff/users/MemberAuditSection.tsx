import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { auditSearch } from '../../../api/staff';
import { useLang } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { DataTable } from '../../documents/docParts';
import styles from '../StaffConsole.module.css';
import { MemberSection, type MemberSectionProps } from './MemberSection';

/** 操作履歴: the newest audit events about this member, with a link to the whole log. */
export function MemberAuditSection({ member }: MemberSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { items } = member.audit;
  const logLink = `/staff/audit${auditSearch({ subjectType: 'user', subjectId: member.id })}`;
  return (
    <MemberSection id="member-audit" title={t('staffConsole.member.auditTitle')} wide>
      {items.length === 0 ? (
        <p className="empty-state">{t('staffConsole.member.noAudit')}</p>
      ) : (
        <DataTable caption={t('staffConsole.member.auditTitle')} captionHidden className="staff-table" stack>
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.data')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td className="nowrap" data-label={t('audit.at')}>
                  <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                </td>
                <td data-label={t('audit.who')}>
                  {e.actor ? `@${e.actor.username}` : <span className="muted">{t('audit.system')}</span>}
                </td>
                <td data-label={t('audit.what')}>
                  <code>{e.action}</code>
                </td>
                <td data-label={t('audit.data')}>
                  {Object.keys(e.data).length > 0 ? (
                    <code className={`${styles.wrap} small`}>{JSON.stringify(e.data)}</code>
                  ) : (
                    <span className="muted">{t('audit.noData')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <p>
        <Link to={logLink}>{t('staffConsole.member.auditMore')}</Link>
      </p>
    </MemberSection>
  );
}
