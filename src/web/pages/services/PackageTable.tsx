// 料金プラン on the service page: the packages side by side in a table on a wide screen,
// one at a time behind tabs on a phone. Each package has its buy link when the viewer may
// buy; the seller also sees what they keep of each price.
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceDetailData } from '../../api/services';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import styles from './ServicePage.module.css';
import { useServiceText } from './serviceText';
import { usePhoneWidth } from './usePhoneWidth';

type Package = ServiceDetailData['packages'][number];

interface Row {
  key: string;
  label: string;
  value: (p: Package) => ReactNode;
}

export function PackageTable({ service, buyable }: { service: ServiceDetailData; buyable: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useServiceText();
  const phone = usePhoneWidth();
  const rows: Row[] = [
    {
      key: 'price',
      label: t('services.page.price'),
      value: (p) => <strong className={styles.price}>{text.yen(p.price)}</strong>,
    },
    {
      key: 'days',
      label: t('services.page.deliveryDays'),
      value: (p) => t('services.page.deliveryDaysValue', { days: formatNumber(p.deliveryDays, lang) }),
    },
    {
      key: 'revisions',
      label: t('services.page.revisions'),
      value: (p) => t('services.page.revisionsValue', { count: formatNumber(p.revisions, lang) }),
    },
    { key: 'includes', label: t('services.page.includes'), value: (p) => <span className={styles.includes}>{p.includes}</span> },
    ...(service.viewer.isOwner
      ? [{ key: 'net', label: t('services.page.sellerNet'), value: (p: Package) => text.yen(p.sellerNet) }]
      : []),
  ];
  const buy = (p: Package) =>
    buyable ? (
      <Link
        to={`/services/${encodeURIComponent(service.id)}/purchase?package=${encodeURIComponent(p.id)}`}
        className="btn btn-primary btn-block"
        // The visible 「購入する」 sits under the package's name; the link's name says which.
        aria-label={service.packages.length > 1 ? t('services.action.buyPackage', { name: p.name }) : undefined}
      >
        {t('services.action.buy')}
      </Link>
    ) : null;

  if (phone && service.packages.length > 1) return <PackageTabs packages={service.packages} rows={rows} buy={buy} />;
  return (
    <div className={styles.tableScroll}>
      <table className={styles.packages}>
        <caption className="visually-hidden">{t('services.page.packagesCaption')}</caption>
        <thead>
          <tr>
            <td />
            {service.packages.map((p) => (
              <th key={p.id} scope="col">
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {service.packages.map((p) => (
                <td key={p.id}>{row.value(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {buyable && (
          <tfoot>
            <tr>
              <td />
              {service.packages.map((p) => (
                <td key={p.id}>{buy(p)}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** One package at a time: tabs (arrow keys move between them), then its facts and buy link. */
function PackageTabs({ packages, rows, buy }: { packages: Package[]; rows: Row[]; buy: (p: Package) => ReactNode }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const base = `pkg${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const selected = packages[current] ?? packages[0];
  if (!selected) return null;

  const onKeyDown = (e: KeyboardEvent) => {
    const last = packages.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : e.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setCurrent(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className={styles.tabs}>
      <div role="tablist" aria-label={t('services.page.packageTabs')} className={styles.tabList} onKeyDown={onKeyDown}>
        {packages.map((p, i) => (
          <button
            key={p.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${i}`}
            aria-selected={i === current}
            aria-controls={`${base}-panel`}
            tabIndex={i === current ? 0 : -1}
            className={styles.tab}
            onClick={() => setCurrent(i)}
          >
            {p.name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${current}`} className={styles.tabPanel}>
        <dl className={styles.tabFacts}>
          {rows.map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value(selected)}</dd>
            </div>
          ))}
        </dl>
        {buy(selected)}
      </div>
    </div>
  );
}
