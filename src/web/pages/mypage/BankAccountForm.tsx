import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAccountNumber, checkHolderName } from '../../../domain/payouts/bank-account';
import { toZenginHolderName } from '../../../domain/payouts/kana';
import { fieldMessage, isFieldErrorCode, type Lang } from '../../../shared/errors';
import { type AccountType, type BankAccount, type BankEntry, bankApi } from '../../api/bank';
import { CurrentPasswordField } from '../../components/account/CurrentPasswordField';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormTextField } from '../../components/FormFields';
import { LookupField, type LookupMessages } from '../../components/LookupField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import styles from './BankAccount.module.css';

const FIELDS = ['bankCode', 'branchCode', 'accountType', 'accountNumber', 'holderName', 'password'] as const;
const ACCOUNT_TYPES: AccountType[] = ['ordinary', 'current', 'savings'];
/** The most matches the server sends for one search. */
const SEARCH_LIMIT = 20;

interface Values {
  accountType: AccountType;
  accountNumber: string;
  holderName: string;
  password: string;
}

interface Lookup {
  text: string;
  chosen: BankEntry | null;
}

/** The code the form will send: the chosen entry's, or a code typed in full (「0001」). */
function codeOf(lookup: Lookup, digits: number): string | null {
  if (lookup.chosen) return lookup.chosen.code;
  const typed = lookup.text.normalize('NFKC').replace(/\s/g, '');
  return new RegExp(`^\\d{${digits}}$`).test(typed) ? typed : null;
}

function checkMessage(check: { ok: true } | { ok: false; code: string; params?: Record<string, string | number> }, lang: Lang) {
  if (check.ok) return null;
  return fieldMessage(isFieldErrorCode(check.code) ? check.code : 'invalid-type', lang, check.params);
}

/**
 * 振込先口座の登録・変更: bank and branch searched and chosen from the Zengin list (or typed
 * as codes), account type, number and holder name, confirmed with the password.
 */
export function BankAccountForm({
  current,
  onSaved,
  onCancel,
  headingRef,
}: {
  current: BankAccount | null;
  onSaved: (account: BankAccount | null) => void;
  /** Absent when there is no account yet, so nothing to go back to. */
  onCancel?: () => void;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = (entry: { name: string; code: string }) => t('bank.withCode', { name: entry.name, code: entry.code });

  // A change starts from the current bank, branch, type and name; the number is typed again.
  const [bank, setBank] = useState<Lookup>(() => {
    const chosen = current ? { code: current.bankCode, name: current.bankName, kana: '' } : null;
    return { text: chosen ? label(chosen) : '', chosen };
  });
  const [branch, setBranch] = useState<Lookup>(() => {
    const chosen = current ? { code: current.branchCode, name: current.branchName, kana: '' } : null;
    return { text: chosen ? label(chosen) : '', chosen };
  });
  const bankCode = codeOf(bank, 4);
  const branchCode = codeOf(branch, 3);

  const form = useApiForm<Values>({
    fields: FIELDS,
    defaultValues: {
      accountType: current?.accountType ?? 'ordinary',
      accountNumber: '',
      holderName: current?.holderName ?? '',
      password: '',
    },
    check: (values) => {
      const errors: Record<string, string> = {};
      const required = fieldMessage('required', lang);
      if (!bankCode) errors.bankCode = bank.text.trim() ? t('bank.form.chooseBank') : required;
      // Without a bank the branch field cannot be used yet; the bank's message says what to do.
      if (bankCode && !branchCode) errors.branchCode = branch.text.trim() ? t('bank.form.chooseBranch') : required;
      const number = values.accountNumber;
      const numberError = number.trim() ? checkMessage(checkAccountNumber(number), lang) : required;
      if (numberError) errors.accountNumber = numberError;
      const holderError = checkMessage(checkHolderName(values.holderName), lang);
      if (holderError) errors.holderName = holderError;
      if (values.password.length === 0) errors.password = required;
      return errors;
    },
  });
  const holderName = form.watch('holderName');

  /** Another bank makes the branch meaningless. */
  const changeBank = (next: Lookup) => {
    if (codeOf(next, 4) !== bankCode) setBranch({ text: '', chosen: null });
    setBank(next);
  };

  const messages = (none: string): LookupMessages => ({
    count: (count) => t('bank.search.count', { count }),
    many: (count) => t('bank.search.many', { count }),
    none,
    failed: t('bank.search.failed'),
    chosen: (text) => t('bank.search.chosen', { label: text }),
  });

  const holder = holderName.trim() ? toZenginHolderName(holderName) : null;

  const submit = form.onSubmit(async (values) => {
    if (!bankCode || !branchCode) return;
    const account = await bankApi.save({ ...values, bankCode, branchCode });
    form.setValue('password', '');
    onSaved(account);
  });

  return (
    <section aria-labelledby="bank-form-title" className={`section card ${styles.card}`}>
      <h2 id="bank-form-title" ref={headingRef} tabIndex={-1}>
        {current ? t('bank.form.titleChange') : t('bank.form.titleNew')}
      </h2>
      {current && <p className="muted small">{t('bank.form.lead')}</p>}
      <ApiFormFrame form={form} onSubmit={submit} className="form">
        <LookupField
          label={t('bank.form.bank')}
          hint={t('bank.form.bankHint')}
          required
          name="bank"
          listLabel={t('bank.form.bankList')}
          text={bank.text}
          chosen={bank.chosen}
          onTextChange={(text) => changeBank({ text, chosen: null })}
          onChoose={(chosen) => changeBank({ text: label(chosen), chosen })}
          search={bankApi.searchBanks}
          searchKey="banks"
          optionLabel={label}
          limit={SEARCH_LIMIT}
          messages={messages(t('bank.search.noBank'))}
          error={form.errorOf('bankCode')}
        />
        <LookupField
          label={t('bank.form.branch')}
          hint={bankCode ? t('bank.form.branchHint') : t('bank.form.branchNeedsBank')}
          required
          name="branch"
          listLabel={t('bank.form.branchList')}
          text={branch.text}
          chosen={branch.chosen}
          onTextChange={(text) => setBranch({ text, chosen: null })}
          onChoose={(chosen) => setBranch({ text: label(chosen), chosen })}
          search={bankCode ? (q) => bankApi.searchBranches(bankCode, q) : null}
          searchKey={bankCode ?? ''}
          optionLabel={label}
          limit={SEARCH_LIMIT}
          messages={messages(t('bank.search.noBranch'))}
          error={form.errorOf('branchCode')}
        />
        <RadioGroup
          legend={t('bank.form.accountType')}
          name="accountType"
          required
          value={form.watch('accountType')}
          onChange={(value) => form.setValue('accountType', value)}
          options={ACCOUNT_TYPES.map((value) => ({ value, label: t(`bank.types.${value}`) }))}
          error={form.errorOf('accountType')}
        />
        <FormTextField
          form={form}
          name="accountNumber"
          label={t('bank.form.number')}
          hint={t('bank.form.numberHint')}
          className={styles.accountNumber}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          required
        />
        <FormTextField
          form={form}
          name="holderName"
          label={t('bank.form.holderName')}
          hint={
            <>
              <p>{t('bank.form.holderHint')}</p>
              {holder?.ok && holder.value !== holderName.trim() && (
                <p className={styles.holderPreview}>{t('bank.form.holderPreview', { name: holder.value })}</p>
              )}
            </>
          }
          autoComplete="off"
          maxLength={60}
          required
        />
        <CurrentPasswordField form={form} name="password" label={t('bank.form.password')} hint={t('bank.form.passwordHint')} />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('bank.form.submit')}
          </Button>
          {onCancel && (
            <Button variant="quiet" onClick={onCancel} disabled={form.submitting}>
              {t('bank.form.cancel')}
            </Button>
          )}
        </div>
      </ApiFormFrame>
    </section>
  );
}
