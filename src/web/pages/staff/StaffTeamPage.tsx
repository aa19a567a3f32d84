// /staff/team — スタッフ管理 (admins): the staff with their role, second factor and last
// login; adding a staff member (mailed a link to set the password); changing a role and
// taking a member off the staff, never one's own.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateStaffBody, type StaffMember, type StaffTeam } from '../../../shared/api/security';
import type { Problem } from '../../../shared/errors';
import { STAFF_ROLES, type StaffRole } from '../../../shared/labels';
import { toProblem } from '../../api/client';
import { securityApi, securityQueries } from '../../api/security';
import { Button } from '../../components/Button';
import { ApiFormFrame, ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { FormEmailField, FormSelect, FormTextField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from './StaffTeamPage.module.css';

export function StaffTeamPage() {
  const { t } = useTranslation();
  const team = useQuery(securityQueries.team());
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Page
      className="staff-team"
      title={t('security.team.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('security.team.lead')}
    >
      <StatusMessage>{notice}</StatusMessage>
      <QueryView query={team} canRetry={(problem) => problem.status !== 403}>
        {(data) => (
          <section aria-labelledby="team-list" className="section">
            <h2 id="team-list">{t('security.team.caption', { count: data.staff.length })}</h2>
            <ul className={styles.members}>
              {data.staff.map((member) => (
                <MemberRow key={member.id} member={member} onNotice={setNotice} />
              ))}
            </ul>
          </section>
        )}
      </QueryView>
      <AddStaffForm onNotice={setNotice} />
    </Page>
  );
}

function useRoleOptions() {
  const { t } = useTranslation();
  return STAFF_ROLES.map((role) => ({ value: role, label: t(`money.staff.roles.${role}`) }));
}

function MemberRow({ member, onNotice }: { member: StaffMember; onNotice: (s: string | null) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const options = useRoleOptions();
  const [role, setRole] = useState<StaffRole>(member.role);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const name = member.displayName;

  const act = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setProblem(null);
    onNotice(null);
    try {
      await action();
      onNotice(message);
      await queryClient.invalidateQueries({ queryKey: securityQueries.team().queryKey });
    } catch (error) {
      setProblem(toProblem(error));
    }
    setBusy(false);
    setConfirming(false);
  };

  return (
    <li className={styles.member}>
      <div className={styles.head}>
        <strong>{name}</strong> <span className="muted">@{member.username}</span>
        {member.self && <span className="badge">{t('security.team.you')}</span>}
        <span className="badge badge-current">{t(`money.staff.roles.${member.role}`)}</span>
      </div>
      <dl className={`facts facts-compact ${styles.facts}`}>
        <div>
          <dt>{t('security.team.twoFactor')}</dt>
          <dd>{member.invited ? t('security.team.invited') : member.secondFactor ? t('security.on') : t('security.off')}</dd>
        </div>
        <div>
          <dt>{t('security.team.lastSignIn')}</dt>
          <dd>{member.lastSignInAt ? formatDateTime(member.lastSignInAt, lang) : t('security.team.never')}</dd>
        </div>
        <div>
          <dt>{t('security.team.email')}</dt>
          <dd>{member.email}</dd>
        </div>
      </dl>
      {!member.self && (
        <div className={styles.actions}>
          <SelectField
            label={t('security.team.roleFor', { name })}
            value={role}
            onChange={(e) => setRole(e.target.value as StaffRole)}
            options={options}
          />
          <Button
            variant="secondary"
            busy={busy}
            disabled={role === member.role}
            onClick={() => void act(() => securityApi.changeRole(member.id, role), t('security.team.changed', { name }))}
          >
            {t('security.team.save')}
          </Button>
          {confirming ? (
            <div className={styles.confirm}>
              <p>{t('security.team.removeConfirm', { name })}</p>
              <Button
                variant="danger"
                busy={busy}
                onClick={() => void act(() => securityApi.removeRole(member.id), t('security.team.removed', { name }))}
              >
                {t('security.team.remove')}
              </Button>
              <Button variant="quiet" onClick={() => setConfirming(false)}>
                {t('security.team.keep')}
              </Button>
            </div>
          ) : (
            <Button variant="quiet" onClick={() => setConfirming(true)}>
              {t('security.team.remove')}
            </Button>
          )}
        </div>
      )}
      {problem && <ProblemMessage problem={problem} />}
    </li>
  );
}

function AddStaffForm({ onNotice }: { onNotice: (s: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useRoleOptions();
  const form = useApiForm<CreateStaffBody>({
    schema: CreateStaffBody,
    fields: ['email', 'username', 'displayName', 'role'],
    defaultValues: { email: '', username: '', displayName: '', role: 'support' },
  });
  const add = form.onSubmit(async (values) => {
    onNotice(null);
    const team: StaffTeam = await securityApi.createStaff(values);
    queryClient.setQueryData(securityQueries.team().queryKey, team);
    form.reset();
    onNotice(t('security.team.added', { name: values.displayName }));
  });
  return (
    <section aria-labelledby="team-add" className="section card">
      <h2 id="team-add">{t('security.team.addTitle')}</h2>
      <ApiFormFrame form={form} onSubmit={add} className="form">
        <FormEmailField form={form} name="email" label={t('security.team.email')} autoComplete="off" />
        <FormTextField
          form={form}
          name="username"
          label={t('security.team.username')}
          hint={t('security.team.usernameHint')}
          autoComplete="off"
          required
        />
        <FormTextField form={form} name="displayName" label={t('security.team.displayName')} autoComplete="off" required />
        <FormSelect form={form} name="role" label={t('security.team.role')} options={options} required />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('security.team.add')}
          </Button>
        </div>
      </ApiFormFrame>
    </section>
  );
}
