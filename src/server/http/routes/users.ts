import { z } from 'zod';
import { PublicProfile } from '../../../shared/api/accounts';
import type { Deps } from '../../deps';
import { getPublicProfile } from '../../use-cases/accounts/get-public-profile';
import type { App } from './types';

export function userRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/users/:username',
    {
      config: { auth: 'optional' },
      schema: {
        tags: ['users'],
        summary: 'Public profile by username',
        params: z.object({ username: z.string().min(1).max(64) }),
        response: { 200: PublicProfile },
      },
    },
    async (request) => {
      const user = request.auth?.user;
      return getPublicProfile(deps.db, {
        username: request.params.username,
        viewer: user ? { id: user.id, active: user.status === 'active' } : null,
      });
    },
  );
}
