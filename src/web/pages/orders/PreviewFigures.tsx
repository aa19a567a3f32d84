// The purchase's every yen, shared by buying a package and buying a quote: the package (or
// the quote), each option, the price with its tax, the buyer fee and its tax, the total.
import { useTranslation } from 'react-i18next';
import type { OrderPreview } from '../../api/orders';
import { ProblemMessage } from '../../components/FormAlert';
import { type MoneyRow, MoneyRows } from '../../components/money/MoneyRows';
import { formatYen } from '../../lib/format';
import { queryProblem } from '../../lib/query';

/** Every yen: the package, each option, the price with its tax, the fee and its tax, the total. */
export function PreviewFigures({
  preview,
  title,
  packageLabel,
}: {
  preview: OrderPreview;
  title: string;
  packageLabel?: string;
}) {
  const { t } = useTranslation();
  const rows: MoneyRow[] = [
    {
      key: 'package',
      label: packageLabel ?? t('purchase.packageRow', { name: preview.package.name }),
      value: formatYen(preview.package.price),
    },
    ...preview.options.map((o) => ({
      key: `option-${o.id}`,
      label: t('purchase.optionRow', { title: o.title }),
      value: formatYen(o.price),
    })),
    {
      key: 'price',
      label: `${t('purchase.priceRow')}(${t('purchase.taxNote', { tax: formatYen(preview.tax) })})`,
      value: formatYen(preview.price),
    },
    { key: 'fee', label: t('purchase.feeRow'), value: formatYen(preview.buyerFee) },
    { key: 'fee-tax', label: t('purchase.feeTaxRow'), value: formatYen(preview.buyerFeeTax) },
    { key: 'total', label: t('purchase.totalRow'), value: formatYen(preview.total), total: true },
  ];
  return (
    <div aria-live="polite">
      <MoneyRows rows={rows} caption={t('purchase.summaryCaption', { title })} />
    </div>
  );
}

/** Why no total can be shown (the service is full, paused, the seller is leaving …). */
export function PreviewProblem({ preview }: { preview: Parameters<typeof queryProblem>[0] }) {
  const problem = queryProblem(preview);
  return problem ? <ProblemMessage problem={problem} /> : null;
}
