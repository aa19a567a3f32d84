// マイルストーン: each milestone with its money, its delivery and what the viewer may do now:
// 仮払い (client), 振込の取り消し (client), 納品 (worker), 検収 and 修正依頼 (client).
import { useTranslation } from 'react-i18next';
import type { Contract, Milestone } from '../../api/contracts';
import { AttachmentList } from '../../components/Attachments';
import { Fact } from '../../components/facts/Fact';
import { TransferRequestedAt } from '../../components/money/TransferRequestedAt';
import { TransferFacts } from '../../components/TransferFacts';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatPlainDate, formatYen } from '../../lib/format';
import { MilestonePaymentDate } from '../payouts/AutomaticPayoutSection';
import { Countdown, MilestoneStatusBadge, MoneyTable, milestoneGroups, type PanelProps } from './contractParts';
import { MilestoneActions } from './MilestoneActions';
import { KonbiniInstructions, PaymentFailureNote } from './ProviderPayment';

export function MilestonesSection(props: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { shown, replaced } = milestoneGroups(props.contract);
  return (
    <section aria-labelledby="contract-milestones" className="section">
      <h2 id="contract-milestones">{t('contracts.milestones.title')}</h2>
      <p className="muted small">{t('contracts.milestones.lead')}</p>
      <ol className="milestone-list">
        {shown.map((m, i) => (
          <MilestoneCard key={m.id} milestone={m} n={i + 1} {...props} />
        ))}
      </ol>
      {replaced.length > 0 && (
        <details className="milestones-replaced">
          <summary>{t('contracts.milestones.replaced', { count: formatNumber(replaced.length, lang) })}</summary>
          <p className="muted small">{t('contracts.milestones.replacedLead')}</p>
          <ul>
            {replaced.map((m) => (
              <li key={m.id}>
                {t('contracts.milestones.replacedItem', {
                  title: m.title,
                  amount: formatYen(m.money.amount),
                  date: formatPlainDate(m.dueDate, lang),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function MilestoneCard({ milestone: m, n, ...props }: PanelProps & { milestone: Milestone; n: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { contract } = props;
  const role = contract.viewer.role;
  const heading = t('contracts.milestones.heading', { n: formatNumber(n, lang), title: m.title });
  const headingId = `milestone-${m.id}`;
  const hint = hintKey(contract, m);

  const dates: { key: string; label: string; iso: string | null }[] = [
    { key: 'funded', label: t('contracts.milestones.fundedAt'), iso: m.fundedAt },
    { key: 'delivered', label: t('contracts.milestones.deliveredAt'), iso: m.deliveredAt },
    { key: 'accepted', label: t('contracts.milestones.acceptedAt'), iso: m.acceptedAt },
    { key: 'paid', label: t('contracts.milestones.paidAt'), iso: m.paidAt },
    {
      key: 'closed',
      label: t('contracts.milestones.closedAt'),
      iso: ['refunded', 'settled', 'cancelled'].includes(m.status) ? m.closedAt : null,
    },
  ];

  return (
    <li className="card milestone">
      <article aria-labelledby={headingId}>
        <div className="milestone-head">
          <h3 id={headingId}>{heading}</h3>
          <MilestoneStatusBadge status={m.status} />
        </div>
        <div className="milestone-body">
          <div className="milestone-facts">
            <dl className="job-meta">
              <Fact label={t('contracts.milestones.dueDate')}>{formatPlainDate(m.dueDate, lang)}</Fact>
              {dates
                .filter((d) => d.iso !== null)
                .map((d) => (
                  <div key={d.key}>
                    <dt>{d.label}</dt>
                    <dd>
                      <time dateTime={d.iso ?? ''} title={formatDateTime(d.iso ?? '', lang)}>
                        {formatDate(d.iso ?? '', lang)}
                      </time>
                    </dd>
                  </div>
                ))}
            </dl>
            {m.status === 'delivered' && m.autoAcceptAt && contract.status !== 'disputed' && (
              <Countdown
                iso={m.autoAcceptAt}
                text={(left) => t('contracts.milestones.autoAccept', { left })}
                past={t('contracts.milestones.autoAcceptPast')}
                note={t('contracts.milestones.autoAcceptNote', { date: formatDateTime(m.autoAcceptAt, lang) })}
              />
            )}
            {role === 'worker' && m.status === 'paid' && m.paidAt && <MilestonePaymentDate acceptedAt={m.paidAt} />}
            {hint && <p className="milestone-hint">{t(`contracts.milestones.${hint}`)}</p>}
          </div>
          {m.status === 'cancelled' ? (
            <p className="muted">{t('contracts.milestones.cancelledNote')}</p>
          ) : (
            <MoneyTable money={m.money} role={role} caption={t('contracts.money.caption', { title: heading })} />
          )}
        </div>
        {role === 'client' && !m.deposit && <PaymentFailureNote milestone={m} />}
        {m.deposit?.status === 'pending' &&
          (role === 'client' ? (
            m.deposit.method === 'stripe_konbini' ? (
              <KonbiniInstructions milestone={m} konbini={m.deposit.payment?.konbini ?? null} />
            ) : (
              <TransferInstructions milestone={m} />
            )
          ) : (
            <p className="note">{t('contracts.milestones.transferWaitingWorker')}</p>
          ))}
        {m.delivery && <Delivery milestone={m} />}
        {m.actions.length > 0 && <MilestoneActions milestone={m} heading={heading} {...props} />}
      </article>
    </li>
  );
}

type HintKey = 'workerUnfundedHint' | 'workerFundedHint' | 'workerDeliveredHint' | 'clientDeliveredHint';

/** What the viewer should do about the milestone now, when the page has something to say. */
function hintKey(contract: Contract, m: Milestone): HintKey | null {
  if (contract.status !== 'awaiting_escrow' && contract.status !== 'in_progress') return null;
  if (m.deposit?.status === 'pending') return null;
  if (contract.viewer.role === 'client') return m.status === 'delivered' ? 'clientDeliveredHint' : null;
  if (m.status === 'unfunded') return 'workerUnfundedHint';
  if (m.status === 'funded') return 'workerFundedHint';
  if (m.status === 'delivered') return 'workerDeliveredHint';
  return null;
}

/** 振込先 / 振込金額 / 振込依頼人名: how the client pays a bank-transfer deposit. */
function TransferInstructions({ milestone: m }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const deposit = m.deposit;
  if (!deposit) return null;
  return (
    <section aria-labelledby={`transfer-${m.id}`} className="transfer">
      <h4 id={`transfer-${m.id}`}>{t('contracts.milestones.transferTitle')}</h4>
      {deposit.method === 'bank_transfer' ? (
        <>
          <p>{t('contracts.milestones.transferLead')}</p>
          <TransferFacts payTo={deposit.payTo} amount={deposit.amount} reference={deposit.reference} />
          <ul className="bullets small">
            <li>{t('contracts.milestones.transferExact')}</li>
            <li>{t('contracts.milestones.transferConfirm')}</li>
          </ul>
        </>
      ) : (
        <p>{t('contracts.milestones.transferConfirm')}</p>
      )}
      <TransferRequestedAt at={deposit.createdAt} />
    </section>
  );
}

function Delivery({ milestone: m }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const lang = useLang();
  const delivery = m.delivery;
  if (!delivery) return null;
  return (
    <section aria-labelledby={`delivery-${m.id}`} className="delivery">
      <h4 id={`delivery-${m.id}`}>
        {t('contracts.milestones.delivery')}
        {m.deliveryCount > 1 && (
          <span className="delivery-count">
            {t('contracts.milestones.deliveryCount', { n: formatNumber(m.deliveryCount, lang) })}
          </span>
        )}
      </h4>
      <p className="muted small">
        <time dateTime={delivery.createdAt}>{formatDateTime(delivery.createdAt, lang)}</time>
      </p>
      <div className="job-text delivery-body">{delivery.body}</div>
      <AttachmentList files={delivery.attachments} thumbnails label={t('contracts.milestones.deliveryFiles')} />
    </section>
  );
}
