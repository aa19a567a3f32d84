import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Blocker } from '../../../shared/api/withdrawal';
import type { Problem } from '../../../shared/errors';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ProblemMessage } from '../../components/FormAlert';
import { useLang } from '../../i18n';
import { formatDateTime, formatMonthDay, timeLeft } from '../../lib/format';
import styles from './Withdrawal.module.css';

type BlockerItem = Blocker['items'][number];

/** Identifies one item across blockers, e.g. for its busy state and its error. */
export function itemKey(blocker: Blocker, item: BlockerItem): string {
  return `${blocker.code}:${item.id}`;
}

/** The id prefix of the j-th item of the i-th blocker; its resolve button is `${prefix}-resolve`. */
export function itemDomId(blockerIndex: number, itemIndex: number): string {
  return `blocker-${blockerIndex}-item-${itemIndex}`;
}

interface Props {
  blockers: Blocker[];
  busyItem: string | null;
  itemErrors: Record<string, Problem>;
  onResolve: (blocker: Blocker, item: BlockerItem) => Promise<void>;
}

/** Every open item that stops the withdrawal, grouped by what it is, with how to resolve it. */
export function BlockerList({ blockers, busyItem, itemErrors, onResolve }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="withdrawal-blockers" className="section">
      <h2 id="withdrawal-blockers">{t('withdrawal.blockersTitle')}</h2>
      <ul className={styles.blockers}>
        {blockers.map((blocker, i) => (
          <BlockerCard
            key={blocker.code}
            blocker={blocker}
            index={i}
            busyItem={busyItem}
            itemErrors={itemErrors}
            onResolve={onResolve}
          />
        ))}
      </ul>
    </section>
  );
}

function BlockerCard({
  blocker,
  index,
  busyItem,
  itemErrors,
  onResolve,
}: Omit<Props, 'blockers'> & { blocker: Blocker; index: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const role = {
    worker: t('withdrawal.roleWorker'),
    client: t('withdrawal.roleClient'),
    both: t('withdrawal.roleBoth'),
  }[blocker.role];
  const unlisted = blocker.count - blocker.items.length;
  const titleId = `blocker-${index}-title`;

  // "blocker", "blocker-item" and "blocker-item-clears" carry no style of their own: they
  // name the parts for the browser journeys.
  return (
    <li className="blocker card">
      <h3 id={titleId} className={styles.blockerTitle}>
        {blocker.title}
      </h3>
      <p className={styles.blockerTags}>
        <span className={`badge ${styles.badgeRole} badge-role-${blocker.role}`}>{role}</span>
        <span className={`badge ${styles.badgeCount}`}>{t('withdrawal.count', { count: blocker.count })}</span>
      </p>
      <p>{blocker.explanation}</p>
      {blocker.clearsAt && (
        <p className={styles.clears}>
          <ClearsAt iso={blocker.clearsAt} kind="blocker" />
        </p>
      )}
      {blocker.items.length > 0 && (
        <ul className={styles.items}>
          {blocker.items.map((item, j) => {
            const key = itemKey(blocker, item);
            const id = itemDomId(index, j);
            const error = itemErrors[key];
            return (
              <li key={key} className={`blocker-item ${styles.item}`}>
                <p id={`${id}-title`} className={styles.itemTitle}>
                  <PathLink to={item.link}>{item.title}</PathLink>
                </p>
                {item.clearsAt && (
                  <p className={`blocker-item-clears ${styles.clears}`}>
                    <ClearsAt iso={item.clearsAt} kind="item" />
                  </p>
                )}
                {item.expectedAt && (
                  <p className={`blocker-item-clears ${styles.clears}`}>
                    <time dateTime={item.expectedAt} title={formatDateTime(item.expectedAt, lang)}>
                      {t(item.expectedBy === 'delivery' ? 'withdrawal.expectedByDelivery' : 'withdrawal.expectedAt', {
                        date: formatMonthDay(item.expectedAt, lang),
                      })}
                    </time>
                  </p>
                )}
                {item.followedBy.length > 0 && (
                  <div className={styles.followed}>
                    <p className="small">{t('withdrawal.followedByTitle')}</p>
                    <ul className="small">
                      {item.followedBy.map((f) => (
                        <li key={`${f.code}:${f.itemId}`}>{f.note}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {item.resolve?.startsWait && (
                  <p id={`${id}-starts`} className={`warning ${styles.starts}`}>
                    {t('withdrawal.startsWait', { text: item.resolve.startsWait })}
                  </p>
                )}
                {item.resolve && (
                  <ConfirmStep
                    buttonId={`${id}-resolve`}
                    variant="secondary"
                    confirmVariant="danger"
                    buttonClassName="btn-small"
                    describedBy={[`${id}-title`, item.resolve.startsWait ? `${id}-starts` : '', error ? `${id}-error` : '']
                      .filter(Boolean)
                      .join(' ')}
                    busy={busyItem === key}
                    disabled={busyItem !== null}
                    label={item.resolve.label}
                    title={t('confirm.resolve.title', { action: item.resolve.label })}
                    confirmLabel={item.resolve.label}
                    headingLevel={4}
                    onConfirm={() => onResolve(blocker, item)}
                  >
                    <p className="blocker-confirm-item">{item.title}</p>
                    <p>{item.resolve.confirm}</p>
                  </ConfirmStep>
                )}
                {error && <ProblemMessage id={`${id}-error`} problem={error} />}
              </li>
            );
          })}
        </ul>
      )}
      {unlisted > 0 && <p className="muted small">{t('withdrawal.more', { count: unlisted })}</p>}
      <p className="blocker-resolve">
        <PathLink to={blocker.resolve.link} className="btn btn-primary">
          {blocker.resolve.label}
        </PathLink>
      </p>
    </li>
  );
}

/** 「4月10日までに自動で解消されます(あと3日)」 */
function ClearsAt({ iso, kind }: { iso: string; kind: 'item' | 'blocker' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = formatMonthDay(iso, lang);
  const when = kind === 'item' ? t('withdrawal.clearsAt', { date }) : t('withdrawal.blockerClearsAt', { date });
  const left = timeLeft(iso);
  let leftText: string | null = null;
  if (left?.unit === 'day') leftText = left.n === 1 ? t('withdrawal.dayLeft') : t('withdrawal.daysLeft', { n: left.n });
  if (left?.unit === 'hour') leftText = left.n === 1 ? t('withdrawal.hourLeft') : t('withdrawal.hoursLeft', { n: left.n });
  if (left?.unit === 'past') leftText = t('withdrawal.clearingSoon');
  return (
    <time dateTime={iso} title={formatDateTime(iso, lang)}>
      {leftText ? t('withdrawal.withCountdown', { when, left: leftText }) : when}
    </time>
  );
}

/** A link to a page of this site (client-side) or, for anything else, a plain link. */
function PathLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const internal = to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/api/');
  return internal ? (
    <Link to={to} className={className}>
      {children}
    </Link>
  ) : (
    <a href={to} className={className}>
      {children}
    </a>
  );
}
