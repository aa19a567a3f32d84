// /staff/users/:id/restrictions — a member's restrictions, and the standalone form to
// restrict them (always a rule, a reason, evidence and an end or "until reviewed").
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { toProblem } from '../../api/client';
import { moderationApi, moderationQueries } from '../../api/moderation';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { QueryView } from '../../lib/query';
import { emptyRestriction, RestrictionFields, restrictionBody } from './RestrictionFields';
import { RestrictionAdmin } from './StaffReportPage';

export function StaffUserRestrictionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const query = useQuery(moderationQueries.userRestrictions(id));
  const [draft, setDraft] = useState(emptyRestriction);
  const restrict = useMutation({
    mutationFn: () => moderationApi.restrict(id, { ...restrictionBody(draft), reportIds: [] }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['user-restrictions', id] }),
  });
  return (
    <Page title={t('moderation.staff.userRestrictions')} crumbs={[{ to: '/staff', label: t('money.staff.title') }]}>
      <QueryView query={query}>
        {(data) => (
          <>
            {data.items.map((x) => (
              <RestrictionAdmin key={x.id} x={x} />
            ))}
          </>
        )}
      </QueryView>
      <section className="section" aria-labelledby="restrict">
        <h2 id="restrict">{t('moderation.staff.restrictUser')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            restrict.mutate();
          }}
          noValidate
        >
          <FormAlert problem={restrict.error ? toProblem(restrict.error) : null} />
          <RestrictionFields value={draft} onChange={setDraft} />
          <Button type="submit" busy={restrict.isPending}>
            {t('moderation.staff.submit')}
          </Button>
        </form>
      </section>
    </Page>
  );
}
