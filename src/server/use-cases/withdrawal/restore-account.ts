// Undoes a withdrawal from the mailed link, within the undo window: the vault's sealed
// personal data returns to the account and the registry entry of this withdrawal goes.
import { sql } from 'kysely';
import { ACCOUNT_TRANSITIONS } from '../../../domain/accounts/process';
import { AppError } from '../../../domain/errors';
import { isUniqueViolation } from '../../db/errors';
import { recordAudit } from '../../db/repositories/audit';
import { lockUserRow, lockWithdrawalVaultRow } from '../../db/repositories/locks';
import { applyTransition, checkStep } from '../../db/transition';
import type { Deps } from '../../deps';
import { refreshWorkerIndex } from '../../discovery/worker-index';
import { sha256 } from '../../security/tokens';
import { unseal } from '../../security/vault';
import { restoreSellerServices } from '../../services/withdrawal';
import type { VaultContents } from '../../withdrawal/vault';

export async function restoreAccount(deps: Deps, token: string): Promise<void> {
  const now = deps.clock();
  try {
    await deps.db.transaction().execute(async (trx) => {
      const vault = await lockWithdrawalVaultRow(trx, sha256(token));
      if (!vault) {
        // A spent link is named as such: its restoration is audited with the link's hash.
        const used = await trx
          .selectFrom('audit_events')
          .select('id')
          .where('action', '=', 'account.restored')
          .where(sql<boolean>`data->>'link' = ${sha256(token)}`)
          .executeTakeFirst();
        throw new AppError(used ? 'restore-link-used' : 'restore-unavailable');
      }
      if (vault.expires_at <= now) throw new AppError('restore-unavailable');
      const user = await lockUserRow(trx, vault.user_id);
      if (!user) throw new AppError('restore-unavailable');
      const step = {
        machine: ACCOUNT_TRANSITIONS,
        action: 'restore' as const,
        actor: 'member' as const,
        current: user.status,
        refusals: { notAllowed: 'forbidden', wrongState: 'restore-unavailable' } as const,
      };
      checkStep(step);
      const data = unseal<VaultContents>(deps.config.secret, vault.ciphertext);

      await applyTransition(trx, {
        ...step,
        table: 'users',
        id: vault.user_id,
        set: {
          withdrawn_at: null,
          updated_at: now,
          email: data.email,
          email_verified_at: data.emailVerifiedAt,
          display_name: data.displayName,
          password_hash: data.passwordHash,
          intent: data.intent,
        },
      });
      const p = data.profile;
      await trx
        .insertInto('profiles')
        .values({
          user_id: vault.user_id,
          bio: p.bio,
          skills: p.skills,
          occupation: p.occupation,
          hours_per_week: p.hoursPerWeek,
          home_only: p.homeOnly,
          times_of_day: p.timesOfDay,
          prefecture: p.prefecture,
          portfolio_links: p.portfolioLinks,
          // Vaults sealed before registration numbers existed have none.
          invoice_number: p.invoiceNumber ?? null,
          updated_at: now,
        })
        .execute();
      await refreshWorkerIndex(trx, vault.user_id);
      await restoreSellerServices(trx, vault.user_id, data.services ?? []);
      await trx.deleteFrom('withdrawal_vault').where('user_id', '=', vault.user_id).execute();
      await trx.deleteFrom('former_members').where('id', '=', data.formerMemberId).execute();
      await recordAudit(trx, {
        actorUserId: vault.user_id,
        action: 'account.restored',
        subjectType: 'user',
        subjectId: vault.user_id,
        // The hash of the spent link (it restores nothing any more), to name it if it comes back.
        data: { link: sha256(token) },
        now,
      });
    });
  } catch (error) {
    // The address was taken by a new account in the meantime.
    if (isUniqueViolation(error, 'users_email_key')) throw new AppError('restore-unavailable');
    throw error;
  }
}
