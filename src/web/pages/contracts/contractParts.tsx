// Pieces shared by the contract list and the contract page: status badges, party links,
// money tables and the plumbing of an action that answers with the whole contract.
import { type ComponentProps, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '../../../shared/errors';
import { ApiError, newIdempotencyKey } from '../../api/client';
import type { Contract, ContractStatus, MilestoneMoney, MilestoneStatus } from '../../api/contracts';
import { StaleActionAlert } from '../../components/FormAlert';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatPlainDate, formatYen } from '../../lib/format';
import { useCountdownText } from '../applications/labels';
import './contracts.css';
import { MoneyRows } from '../../components/money/MoneyRows';

/** What a panel calls after an action: the contract as the server now has it, and what to announce. */
export type OnContractChange = (next: Contract, notice: string) => void;

export interface PanelProps {
  contract: Contract;
  onChange: OnContractChange;
  /** Loads the contract again, after a refusal that means the page is out of date. */
  onStale: () => void;
}

const CONTRACT_TONES: Record<ContractStatus, string> = {
  awaiting_escrow: 'waiting',
  in_progress: 'active',
  completed: 'done',
  terminated: 'ended',
  disputed: 'alert',
};

const MILESTONE_TONES: Record<MilestoneStatus, string> = {
  unfunded: 'waiting',
  funded: 'active',
  delivered: 'attention',
  accepted: 'done',
  paid: 'done',
  refunded: 'ended',
  settled: 'ended',
  cancelled: 'ended',
};

/** 仮払い待ち / 作業中 / 完了 / 途中終了 / トラブル対応中 */
export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-contract badge-contract-${CONTRACT_TONES[status]}`}>{t(`contracts.status.${status}`)}</span>
  );
}

/** 仮払い待ち / 仮払い済み(作業中) / 納品済み(検収待ち) / 検収済み / … */
export function MilestoneStatusBadge({ status }: { status: MilestoneStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-contract badge-contract-${MILESTONE_TONES[status]}`}>
      {t(`contracts.milestoneStatus.${status}`)}
    </span>
  );
}

/** A member's display name linking to /u/:username; plain text once they have left. */
export function PartyName({ party }: { party: Contract['client'] }) {
  const { t } = useTranslation();
  if (party.withdrawn) return <>{t('contracts.page.withdrawnParty', { name: party.displayName })}</>;
  return <Link to={`/u/${encodeURIComponent(party.username)}`}>{party.displayName}</Link>;
}

/** 「¥12,345(税抜)」 */
export function useYenExcl() {
  const { t } = useTranslation();
  return (amount: number) => t('contracts.yenExcl', { amount: formatYen(amount) });
}

/**
 * One milestone's money as its viewer reads it. The client: 契約金額(税抜), 消費税,
 * システム利用料, 仮払い金額. The worker: 報酬(税込), システム利用料(税込), 源泉徴収税, 受取額.
 */
export function MoneyTable({
  money,
  role,
  caption,
}: {
  money: MilestoneMoney;
  role: Contract['viewer']['role'];
  caption: string;
}) {
  const { t } = useTranslation();
  const minus = (n: number) => t('contracts.money.deduction', { amount: formatYen(n) });
  const rows: { key: string; label: string; value: string; total?: boolean }[] =
    role === 'client'
      ? [
          { key: 'amount', label: t('contracts.money.amount'), value: formatYen(money.amount) },
          { key: 'tax', label: t('contracts.money.tax'), value: formatYen(money.tax) },
          { key: 'fee', label: t('contracts.money.clientFee'), value: formatYen(money.clientFee + money.clientFeeTax) },
          { key: 'escrow', label: t('contracts.money.escrow'), value: formatYen(money.escrow), total: true },
        ]
      : [
          { key: 'gross', label: t('contracts.money.gross'), value: formatYen(money.amount + money.tax) },
          { key: 'fee', label: t('contracts.money.workerFee'), value: minus(money.workerFee + money.workerFeeTax) },
          ...(money.withholding > 0
            ? [{ key: 'withholding', label: t('contracts.money.withholding'), value: minus(money.withholding) }]
            : []),
          { key: 'net', label: t('contracts.money.workerNet'), value: formatYen(money.workerNet), total: true },
        ];
  return <MoneyRows rows={rows} caption={caption} />;
}

/** 「あと5日」 with the exact time as a tooltip; `past` when it has passed. */
export function Countdown({
  iso,
  text,
  past,
  note,
}: {
  iso: string;
  /** e.g. 「自動検収まで{{left}}」 */
  text: (left: string) => string;
  past: string;
  note?: string;
}) {
  const lang = useLang();
  const countdown = useCountdownText()(iso);
  if (!countdown) return null;
  return (
    <p className={countdown.soon ? 'contract-countdown contract-countdown-soon' : 'contract-countdown'}>
      <time dateTime={iso} title={formatDateTime(iso, lang)}>
        {countdown.text === '' ? past : text(countdown.text)}
      </time>
      {note && <span className="contract-countdown-note">{note}</span>}
    </p>
  );
}

/**
 * An Idempotency-Key for one money-moving action: made when first needed, kept while the
 * same action is retried after a network failure, and dropped once the server has given
 * a definite answer (or the user changes what they are sending).
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  const reset = useCallback(() => {
    key.current = null;
  }, []);
  const send = useCallback(async <T,>(call: (key: string) => Promise<T>): Promise<T> => {
    key.current ??= newIdempotencyKey();
    try {
      const result = await call(key.current);
      key.current = null;
      return result;
    } catch (error) {
      // A network failure or a server error may have left the action done: retry with the
      // same key so that it is not done twice. Any other refusal is final.
      const unsure = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
      if (!unsure) key.current = null;
      throw error;
    }
  }, []);
  return useMemo(() => ({ send, reset }), [send, reset]);
}

/** The form-level problem; a 409 (the contract moved on) offers to load the latest state. */
export function ActionAlert({ form, onStale }: { form: ComponentProps<typeof StaleActionAlert>['form']; onStale: () => void }) {
  const { t } = useTranslation();
  return (
    <StaleActionAlert form={form} stale={form.problem?.status === 409} onReload={onStale} label={t('contracts.page.reload')} />
  );
}

/** Milestones ordered as in the contract. */
export function orderedMilestones(contract: Contract) {
  return [...contract.milestones].sort((a, b) => a.position - b.position);
}

/**
 * The milestones the page lists, numbered from 1, and those a change of terms replaced.
 * While the contract runs, a cancelled milestone can only be one replaced by new terms;
 * once it has ended, every milestone is part of the story and all are listed.
 */
export function milestoneGroups(contract: Contract) {
  const all = orderedMilestones(contract);
  const running = contract.status === 'awaiting_escrow' || contract.status === 'in_progress' || contract.status === 'disputed';
  const replaced = running ? all.filter((m) => m.status === 'cancelled') : [];
  const shown = running ? all.filter((m) => m.status !== 'cancelled') : all;
  return { shown, replaced };
}

/** 「2. デザイン案の作成」: a milestone named as the page numbers it. */
export function useMilestoneName(contract: Contract) {
  const { t } = useTranslation();
  const lang = useLang();
  const { shown } = milestoneGroups(contract);
  return (id: string): string => {
    const i = shown.findIndex((m) => m.id === id);
    const m = shown[i] ?? contract.milestones.find((x) => x.id === id);
    if (!m) return id;
    return i >= 0 ? t('contracts.milestones.heading', { n: formatNumber(i + 1, lang), title: m.title }) : m.title;
  };
}

/** A date ("2026-05-01") or an instant, as a date in the UI language. */
export function formatWhen(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatPlainDate(value, lang) : formatDate(value, lang);
}

const NEXT_STEPS = [
  'fund',
  'wait_funding',
  'deliver',
  'wait_delivery',
  'review_delivery',
  'wait_review',
  'answer_termination',
  'wait_termination_answer',
  'staff',
  'review',
] as const;
type NextStep = (typeof NEXT_STEPS)[number];

/** 「仮払い」「納品」「検収」…: what the list says comes next; a general text for steps it does not know. */
export function useNextStepText() {
  const { t } = useTranslation();
  return (step: string): string =>
    (NEXT_STEPS as readonly string[]).includes(step)
      ? t(`contracts.nextStep.${step as NextStep}`)
      : t('contracts.nextStep.other');
}
