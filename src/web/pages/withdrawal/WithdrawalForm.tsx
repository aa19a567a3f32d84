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
import { CurrentPasswordField } from '../../components/account/CurrentPasswordField';
import { Button } from '../../components/Button';
import { Checkbox, CheckboxGroup } from '../../components/Choices';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { schemaErrors } from '../../lib/validate';
import styles from './Withdrawal.module.css';
import type { WithdrawalCompleteState } from './WithdrawalCompletePage';

const FIELDS = ['reasons', 'otherReason', 'eraseNow', 'password'] as const;

interface Values {
  reasons: WithdrawalReason[];
  otherReason: string;
  eraseNow: boolean;
  password: string;
}
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
  const form = useApiForm<Values>({
    fields: FIELDS,
    defaultValues: { reasons: [], otherReason: '', eraseNow: false, password: '' },
    check: (values) => schemaErrors(WithdrawBody, { ...values, schedule }, lang),
  });
  const { watch, setValue } = form;

  const submit = form.onSubmit(async (values) => {
    const body = { ...values, schedule };
    try {
      const result = await withdrawalApi.withdraw(body);
      if (isScheduled(result)) {
        setValue('password', '');
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

  return (
    <ApiFormFrame form={form} onSubmit={submit} className={`form ${styles.form}`}>
      <CheckboxGroup
        legend={t('withdrawal.reasons')}
        hint={t('withdrawal.reasonsHint')}
        name="reasons"
        options={WITHDRAWAL_REASON_KEYS.map((k) => ({ value: k, label: WITHDRAWAL_REASONS[k][lang] }))}
        value={watch('reasons')}
        onChange={(reasons) => setValue('reasons', reasons)}
        error={form.errorOf('reasons')}
      />
      <FormTextArea
        form={form}
        name="otherReason"
        label={t('withdrawal.otherReason')}
        hint={t('withdrawal.otherReasonHint')}
        maxLength={OTHER_REASON_MAX}
        rows={5}
      />
      <Checkbox
        name="eraseNow"
        label={t('withdrawal.eraseNow')}
        hint={t('withdrawal.eraseNowHint', { days: precheck.undoDays })}
        checked={watch('eraseNow')}
        onChange={(checked) => setValue('eraseNow', checked)}
        error={form.errorOf('eraseNow')}
      />
      <CurrentPasswordField form={form} name="password" label={t('withdrawal.password')} hint={t('withdrawal.passwordHint')} />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={form.submitting} className={styles.withdraw}>
          {schedule ? t('withdrawal.submitSchedule') : t('withdrawal.submit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
