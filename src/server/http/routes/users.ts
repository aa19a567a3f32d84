import { z } from 'zod';
import { PublicProfile } from '../../../shared/api/accounts';
import type { Deps } from '../../deps';
import { getPublicProfile } from '../../use-cases/accounts/get-public-profile';
import type { App } from './types';

export function userRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/users/:username',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['users'],
        summary: 'Public profile by username',
        params: z.object({ username: z.string().min(1).max(64) }),
        response: { 200: PublicProfile },
      },
    },
    async (request) => getPublicProfile(deps.db, request.params.username),
  );
}
