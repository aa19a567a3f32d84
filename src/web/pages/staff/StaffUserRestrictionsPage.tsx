// /staff/users/:id/restrictions — a member's restrictions, and the standalone form to
// restrict them (always a rule, a reason, evidence and an end or "until reviewed").
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { moderationApi, moderationQueries } from '../../api/moderation';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useApiForm } from '../../lib/form';
import { QueryView } from '../../lib/query';
import { RestrictionAdmin } from './RestrictionAdmin';
import { type DecisionValues, emptyRestriction, RestrictionFields, restrictionBody, underRestriction } from './RestrictionFields';
import styles from './StaffModeration.module.css';

export function StaffUserRestrictionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(moderationQueries.userRestrictions(id));
  return (
    <Page
      title={t('moderation.staff.userRestrictions')}
      crumbs={[
        { to: '/staff', label: t('money.staff.title') },
        { to: `/staff/users/${encodeURIComponent(id)}`, label: t('moderation.staff.memberConsole') },
      ]}
    >
      <div className={styles.layout}>
        <section className="card section" aria-labelledby="restrictions">
          <h2 id="restrictions">{t('moderation.staff.pastRestrictions')}</h2>
          <QueryView query={query}>
            {(data) =>
              data.items.length === 0 ? (
                <p className="muted">{t('moderation.staff.noRestrictions')}</p>
              ) : (
                <ul className={styles.list}>
                  {data.items.map((x) => (
                    <li key={x.id}>
                      <RestrictionAdmin x={x} />
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryView>
        </section>
        <RestrictForm userId={id} />
      </div>
    </Page>
  );
}

function RestrictForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [done, setDone] = useState(false);
  const form = useApiForm<DecisionValues>({
    fields: ['restriction'],
    defaultValues: { action: 'restrict', article: 'art7', note: '', restriction: emptyRestriction },
  });
  const submit = form.onSubmit(async ({ restriction }) => {
    setDone(false);
    try {
      await moderationApi.restrict(userId, { ...restrictionBody(restriction), reportIds: [] });
    } catch (error) {
      throw underRestriction(error);
    }
    form.reset();
    setDone(true);
    await client.invalidateQueries({ queryKey: ['user-restrictions', userId] });
  });
  return (
    <section className="card section" aria-labelledby="restrict">
      <h2 id="restrict">{t('moderation.staff.restrictUser')}</h2>
      <StatusMessage>{done && t('moderation.staff.restricted')}</StatusMessage>
      <ApiFormFrame form={form} onSubmit={submit} className="form">
        <RestrictionFields form={form} standalone />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('moderation.staff.submit')}
          </Button>
        </div>
      </ApiFormFrame>
    </section>
  );
}
