import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  WITHDRAWAL_REASON_KEYS,
  WITHDRAWAL_REASONS,
  type WithdrawalPrecheck,
  type WithdrawalReason,
  WithdrawBody,
} from '../../../shared/api/withdrawal';
import type { Problem } from '../../../shared/errors';
import { ApiError } from '../../api/client';
import { isScheduled, type ScheduledWithdrawResult, withdrawalApi } from '../../api/withdrawal';
import { Button } from '../../components/Button';
import { Checkbox, CheckboxGroup } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { PasswordInput } from '../../components/PasswordInput';
import { TextAreaField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';
import type { WithdrawalCompleteState } from './WithdrawalCompletePage';

const FIELDS = ['reasons', 'otherReason', 'eraseNow', 'password'] as const;
const OTHER_REASON_MAX = 1000;

interface Props {
  precheck: WithdrawalPrecheck;
  /**
   * Only payouts on their way block: the form schedules the withdrawal (予約退会) for when
   * they have been transferred, and its button reads 「退会を予約する」.
   */
  schedule: boolean;
  /** The server found open items after all: the page shows them instead of the form. */
  onBlocked: (problem: Problem) => Promise<void>;
  /** The withdrawal was scheduled (202): the member stays logged in on this page. */
  onScheduled: (result: ScheduledWithdrawResult) => Promise<void>;
}

/**
 * The withdrawal itself: optional reasons, "erase now", the password and 「退会する」, or
 * 「退会を予約する」 when it can only be scheduled.
 */
export function WithdrawalForm({ precheck, schedule, onBlocked, onScheduled }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const form = useFormSubmit(FIELDS);
  const [reasons, setReasons] = useState<WithdrawalReason[]>([]);
  const [otherReason, setOtherReason] = useState('');
  const [eraseNow, setEraseNow] = useState(false);
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body = { reasons, otherReason, password, eraseNow, schedule };
    const errors = schemaErrors(WithdrawBody, body, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      try {
        const result = await withdrawalApi.withdraw(body);
        if (isScheduled(result)) {
          setPassword('');
          await onScheduled(result);
          return;
        }
        // Withdrawn at once (also when a scheduled one found its payouts already transferred).
        const state: WithdrawalCompleteState = {
          result,
          username: precheck.username,
          balanceYen: precheck.warnings.includes('balance-paid-out') ? precheck.balanceYen : 0,
        };
        // The server has ended the session; the completion page updates the header.
        navigate('/withdrawal/complete', { state, replace: true });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'withdrawal-blocked') {
          await onBlocked(error.problem);
          return;
        }
        throw error;
      }
    });
  };

  const err = form.fieldErrors;
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form withdrawal-form">
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <CheckboxGroup
        legend={t('withdrawal.reasons')}
        hint={t('withdrawal.reasonsHint')}
        name="reasons"
        options={WITHDRAWAL_REASON_KEYS.map((k) => ({ value: k, label: WITHDRAWAL_REASONS[k][lang] }))}
        value={reasons}
        onChange={setReasons}
        error={err.reasons}
      />
      <TextAreaField
        label={t('withdrawal.otherReason')}
        hint={t('withdrawal.otherReasonHint')}
        name="otherReason"
        maxLength={OTHER_REASON_MAX}
        rows={5}
        value={otherReason}
        onChange={(e) => setOtherReason(e.currentTarget.value)}
        error={err.otherReason}
      />
      <Checkbox
        name="eraseNow"
        label={t('withdrawal.eraseNow')}
        hint={t('withdrawal.eraseNowHint', { days: precheck.undoDays })}
        checked={eraseNow}
        onChange={setEraseNow}
        error={err.eraseNow}
      />
      <PasswordInput
        label={t('withdrawal.password')}
        hint={t('withdrawal.passwordHint')}
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={err.password}
      />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={form.submitting} className="btn-withdraw">
          {schedule ? t('withdrawal.submitSchedule') : t('withdrawal.submit')}
        </Button>
      </div>
    </form>
  );
}
