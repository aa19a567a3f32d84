// 「ブロックする」 on a member's profile: a confirmation that says exactly what a block does
// (both ways), what happens to pending applications and offers, and that live contracts go
// on; then 「ブロック中」 with 「ブロックを解除する」.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockQueries, blocksApi } from '../../api/blocks';
import { toProblem } from '../../api/client';
import { Button } from '../../components/Button';
import { ConfirmStep } from '../../components/ConfirmStep';
import { FormAlert } from '../../components/FormAlert';

export function BlockButton({ username, name }: { username: string; name: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useQuery(blockQueries.state(username));
  const [said, setSaid] = useState<string | null>(null);
  const after = (blocked: boolean) => {
    void client.invalidateQueries({ queryKey: ['blocks'] });
    // Searches and job pages answer differently now.
    void client.invalidateQueries({ queryKey: ['jobs'] });
    void client.invalidateQueries({ queryKey: ['workers'] });
    setSaid(t(blocked ? 'blocks.done' : 'blocks.undone', { name }));
  };
  const block = useMutation({ mutationFn: () => blocksApi.block(username), onSuccess: () => after(true) });
  const unblock = useMutation({
    mutationFn: (userId: string) => blocksApi.unblock(userId),
    onSuccess: () => after(false),
  });
  if (!query.isSuccess) return null;
  const failed = block.error ?? unblock.error;
  return (
    <div className="block-member">
      {query.data.blocked ? (
        <p>
          <span className="badge">{t('blocks.blocked')}</span>{' '}
          <Button type="button" variant="secondary" busy={unblock.isPending} onClick={() => unblock.mutate(query.data.userId)}>
            {t('blocks.unblock')}
          </Button>
        </p>
      ) : (
        <ConfirmStep
          label={t('blocks.button')}
          variant="secondary"
          confirmVariant="danger"
          title={t('blocks.confirmTitle', { name })}
          confirmLabel={t('blocks.confirm')}
          busy={block.isPending}
          onConfirm={() => block.mutateAsync()}
        >
          <p>{t('blocks.confirmIntro')}</p>
          <ul>
            {(['effect1', 'effect2', 'effect3', 'effect4'] as const).map((k) => (
              <li key={k}>{t(`blocks.${k}`)}</li>
            ))}
          </ul>
          <p>{t('blocks.pending')}</p>
          <p>
            <strong>{t('blocks.live')}</strong>
          </p>
          <p className="muted small">{t('blocks.reversible')}</p>
        </ConfirmStep>
      )}
      {failed && <FormAlert problem={toProblem(failed)} />}
      <p role="status" className="muted small">
        {said}
      </p>
    </div>
  );
}
