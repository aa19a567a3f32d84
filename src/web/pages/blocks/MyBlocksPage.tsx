// /mypage/blocks — ブロックした会員: the members I blocked, newest first, each with
// 「ブロックを解除する」; the page says what a block does and that live contracts go on.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { BlockList } from '../../../shared/api/blocks';
import { blockQueries, blocksApi } from '../../api/blocks';
import { toProblem } from '../../api/client';
import { Button } from '../../components/Button';
import styles from '../../components/CardRows.module.css';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { Pagination } from '../jobs/Pagination';

export function MyBlocksPage() {
  const { t } = useTranslation();
  const page = Math.max(1, Math.min(1000, Number(new URLSearchParams(useLocation().search).get('page')) || 1));
  const query = useQuery(blockQueries.list(page));
  return (
    <Page title={t('blocks.pageTitle')} crumbs={[{ to: '/mypage', label: t('myPage.title') }]} lead={t('blocks.pageLead')}>
      <p className="alert alert-info">{t('blocks.pageLive')}</p>
      <QueryView query={query}>{(list) => <Blocked list={list} />}</QueryView>
    </Page>
  );
}

function Blocked({ list }: { list: BlockList }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [said, setSaid] = useState<string | null>(null);
  const unblock = useMutation({
    mutationFn: (m: { userId: string; name: string }) => blocksApi.unblock(m.userId).then(() => m),
    onSuccess: (m) => {
      setSaid(t('blocks.undone', { name: m.name }));
      void client.invalidateQueries({ queryKey: ['blocks'] });
      void client.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <>
      <p role="status">{said}</p>
      {unblock.error && <FormAlert problem={toProblem(unblock.error)} />}
      {list.items.length === 0 ? (
        <div className="card empty-state">
          <p>{t('blocks.empty')}</p>
        </div>
      ) : (
        <ul className={styles.list}>
          {list.items.map((m) => (
            <li key={m.userId} className={`card ${styles.row}`}>
              <div>
                <p>
                  <Link to={`/u/${encodeURIComponent(m.username)}`}>{m.displayName || `@${m.username}`}</Link>{' '}
                  <span className="muted">@{m.username}</span>
                </p>
                <p className="muted small">{t('blocks.blockedAt', { date: formatDate(m.blockedAt, lang) })}</p>
              </div>
              <Button
                type="button"
                variant="secondary"
                busy={unblock.isPending && unblock.variables?.userId === m.userId}
                onClick={() => unblock.mutate({ userId: m.userId, name: m.displayName || m.username })}
                aria-label={`${t('blocks.unblock')}(${m.displayName || m.username})`}
              >
                {t('blocks.unblock')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pages={pages} href={(p) => `/mypage/blocks${p > 1 ? `?page=${p}` : ''}`} />
    </>
  );
}
