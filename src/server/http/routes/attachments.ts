// Uploading and downloading attached files. Multipart is accepted on the upload route
// only; every other route stays JSON-only.
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import { openAttachment, presentAttachment, storeUpload } from '../../attachments/attachments';
import type { Deps } from '../../deps';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import type { App } from './types';

const AttachmentInfo = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int() });

export async function attachmentRoutes(app: App, deps: Deps) {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 0, parts: 1 } });
    scope.post(
      '/api/v1/attachments',
      {
        schema: {
          tags: ['attachments'],
          summary: 'Upload a file (multipart/form-data, field "file"); attach it by id to an application, message or entry',
          response: { 201: AttachmentInfo },
        },
      },
      async (request, reply) => {
        const { user } = requireAuth(request);
        if (!request.isMultipart()) throw new AppError('unsupported-media-type');
        const file = await request.file();
        if (!file) throw new AppError('file-missing');
        let bytes: Buffer;
        try {
          bytes = await file.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
            throw new AppError('file-too-large', { maxBytes: deps.config.uploadMaxBytes });
          throw error;
        }
        const saved = await storeUpload(deps, { ownerId: user.id, filename: file.filename, bytes });
        return reply.code(201).send(presentAttachment(saved));
      },
    );
  });

  app.get(
    '/api/v1/attachments/:id',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Download a file (its owner or the parties of what it is attached to)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const { info, stream } = await openAttachment(deps, { viewerId: user.id, attachmentId: uuidOr404(request.params.id) });
      return reply
        .type(info.content_type)
        .header('content-length', String(info.size_bytes))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(info.filename)}`)
        .header('content-security-policy', "sandbox; default-src 'none'")
        .send(stream);
    },
  );
}
