// /staff/moderation — the moderation queue: a tab per kind of item (通報, and the texts
// screening held that their authors sent for review), oldest first.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { moderationQueries } from '../../api/moderation';
import { Button } from '../../components/Button';
import { FilterTabs } from '../../components/FilterTabs';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { HeldItemsList } from './StaffHeldPage';
import styles from './StaffModeration.module.css';

/** The kinds of items the queue shows, each a tab with its own list. */
const TABS = [
  { key: 'reports', List: ReportQueue },
  { key: 'held', List: HeldItemsList },
] as const;

export function StaffModerationPage() {
  const { t } = useTranslation();
  const param = useSearchParams()[0].get('tab');
  const current = TABS.find((x) => x.key === param) ?? TABS[0];
  return (
    <Page
      title={t('moderation.staff.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('moderation.staff.lead')}
    >
      <FilterTabs
        label={t('moderation.staff.tabsLabel')}
        base="/staff/moderation"
        param="tab"
        filters={TABS.map((x) => x.key)}
        current={current.key}
        text={(k) => t(`moderation.staff.tabs.${k}`)}
      />
      <current.List />
    </Page>
  );
}

function ReportQueue() {
  const [pages, setPages] = useState<(string | undefined)[]>([undefined]);
  return (
    <>
      {pages.map((after, i) => (
        <ReportQueuePage
          key={after ?? 'first'}
          after={after}
          last={i === pages.length - 1}
          more={(next) => setPages([...pages, next])}
        />
      ))}
    </>
  );
}

function ReportQueuePage({ after, last, more }: { after: string | undefined; last: boolean; more: (next: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(moderationQueries.queue(after));
  return (
    <QueryView query={query}>
      {(data) => (
        <>
          {data.items.length === 0 && after === undefined && <p className="card empty-state">{t('moderation.staff.empty')}</p>}
          <ul className={styles.queue}>
            {data.items.map((r) => (
              <li key={r.id} className="card">
                <p className={styles.queueHead}>
                  <Link to={`/staff/moderation/reports/${encodeURIComponent(r.id)}`}>
                    {t(`moderation.kinds.${r.targetKind}`)} ・ {t(`moderation.reasons.${r.reason}`)}
                  </Link>
                  <time className="small muted" dateTime={r.createdAt}>
                    {formatDateTime(r.createdAt, lang)}
                  </time>
                </p>
                <p className={styles.excerpt}>{r.excerpt}</p>
                <p className="small muted">
                  {t('moderation.staff.columns.member')}: {r.member.displayName}(@{r.member.username}) ・{' '}
                  {t('moderation.staff.openAbout', { count: r.openAboutMember })} ・ {t('moderation.staff.columns.reporter')}: @
                  {r.reporter.username}
                </p>
              </li>
            ))}
          </ul>
          {last && data.next && (
            <Button variant="secondary" onClick={() => more(data.next ?? '')}>
              {t('moderation.staff.more')}
            </Button>
          )}
        </>
      )}
    </QueryView>
  );
}
