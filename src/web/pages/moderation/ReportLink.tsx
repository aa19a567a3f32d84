// The small 「通報する」 link beside something a member can report; it opens the report form.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportTargetKind } from '../../../domain/moderation/reports';

/** The path of the report form for a target, with a label to show what is reported. */
export const reportPath = (kind: ReportTargetKind, id: string, label: string) =>
  `/report?${new URLSearchParams({ kind, id, label: label.slice(0, 80) }).toString()}`;

export function ReportLink({ kind, id, label }: { kind: ReportTargetKind; id: string; label: string }) {
  const { t } = useTranslation();
  return (
    <p className="report-link small">
      <Link to={reportPath(kind, id, label)}>{t('moderation.reportLink')}</Link>
    </p>
  );
}
