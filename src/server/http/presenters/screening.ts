import { RULE_BY_ID } from '../../../domain/screening/rules';
import type { HeldItem } from '../../../shared/api/screening';
import type { Lang } from '../../../shared/errors';
import { textsOf } from '../../screening/fields';
import type { HeldItemRow } from '../../screening/held-items';
import { isScreeningKind, SCREENING_KINDS } from '../../screening/kinds';

export function presentHeldItem(row: HeldItemRow, lang: Lang): HeldItem {
  const what = isScreeningKind(row.kind) ? SCREENING_KINDS[row.kind].what[lang] : row.kind;
  return {
    id: row.id,
    kind: row.kind,
    what,
    status: row.status,
    target: { type: row.target_type, id: row.target_id },
    texts: textsOf(row.input),
    findings: row.findings.map((f) => {
      const rule = RULE_BY_ID.get(f.ruleId);
      return {
        ...f,
        article: rule?.article ?? '第7条(直接取引の禁止)',
        reason: rule?.reason ?? { ja: '', en: '' },
      };
    }),
    reason: row.reason,
    decisionNote: row.decision_note,
    failureCode: row.failure_code,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}
