// 取引の記録: what happened to the contract, oldest first, with who did it.
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../api/contracts';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';

export function Timeline({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const lang = useLang();
  const events = [...contract.events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section aria-labelledby="contract-timeline" className="section">
      <h2 id="contract-timeline">{t('contracts.timeline.title')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('contracts.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => (
            <li key={e.id} className={`timeline-item timeline-${e.actorRole}`}>
              <time dateTime={e.createdAt} className="timeline-time">
                {formatDateTime(e.createdAt, lang)}
              </time>
              <p className="timeline-label">
                {e.label}
                {e.milestone && <span className="timeline-milestone">{e.milestone.title}</span>}
              </p>
              <p className="timeline-actor">
                <span className={`badge badge-actor badge-actor-${e.actorRole}`}>
                  {t('contracts.timeline.actor', { role: t(`contracts.role.${e.actorRole}`) })}
                </span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
