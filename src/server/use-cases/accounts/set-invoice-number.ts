// A member's own qualified-invoice registration number (適格請求書発行事業者登録番号), shown on
// their profile, their applications and their services. Malformed input is refused; digits
// that are not a corporate number are kept with a warning (a sole proprietor's number).
import { AppError } from '../../../domain/errors';
import { parseInvoiceNumber } from '../../../domain/tax/invoice-number';
import type { InvoiceRegistration } from '../../../shared/api/accounts';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';

export interface SetInvoiceNumberInput {
  userId: string;
  /** As typed; null or blank removes the number. */
  number: string | null;
}

export async function setInvoiceNumber(deps: Deps, input: SetInvoiceNumberInput): Promise<InvoiceRegistration> {
  const raw = input.number?.trim() ?? '';
  const parsed = raw === '' ? null : parseInvoiceNumber(raw);
  if (parsed && !parsed.ok) throw new AppError('validation-failed', {}, [{ pointer: '/number', code: 'invoice-number-invalid' }]);
  const number = parsed?.value ?? null;
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('profiles')
      .values({ user_id: input.userId, invoice_number: number, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ invoice_number: number, updated_at: now }))
      .execute();
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: number ? 'invoice_number.set' : 'invoice_number.removed',
      subjectType: 'user',
      subjectId: input.userId,
      data: number ? { number } : {},
      now,
    });
  });
  return { number, warning: parsed?.warning ?? null };
}
