import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FavouriteKind } from '../../../domain/discovery/favourites';
import { discoveryApi, discoveryQueries } from '../../api/discovery';
import { Button } from '../../components/Button';

/** ♡ お気に入り: a toggle (aria-pressed) that keeps a posting or a member; the list reloads after. */
export function FavouriteButton({ kind, id, name }: { kind: FavouriteKind; id: string; name: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const query = useQuery(discoveryQueries.favourite(kind, id));
  const toggle = useMutation({
    mutationFn: (on: boolean) => (on ? discoveryApi.addFavourite(kind, id) : discoveryApi.removeFavourite(kind, id)),
    onSuccess: (state) => {
      client.setQueryData(discoveryQueries.favourite(kind, id).queryKey, state);
      void client.invalidateQueries({ queryKey: ['favourites', 'list'] });
    },
  });
  if (!query.isSuccess) return null;
  const on = query.data.favourite;
  return (
    <Button
      type="button"
      variant="secondary"
      aria-pressed={on}
      title={t(on ? 'discovery.favourites.remove' : 'discovery.favourites.add', { name })}
      busy={toggle.isPending}
      onClick={() => toggle.mutate(!on)}
    >
      <span aria-hidden="true">{on ? '♥' : '♡'}</span> {t('discovery.favourites.button')}
    </Button>
  );
}
