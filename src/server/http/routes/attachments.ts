// Uploading and downloading attached files. Multipart is accepted on the upload route
// only; every other route stays JSON-only.
import multipart from '@fastify/multipart';
import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import { openAttachment, presentAttachment, storeUpload } from '../../attachments/attachments';
import type { Deps } from '../../deps';
import { assertScreened, hostOf } from '../../screening/fields';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import type { App } from './types';

const AttachmentInfo = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int() });

/**
 * What a failure while reading the multipart body means for the sender: over a limit, or
 * a body that is cut short or not multipart at all (busboy's own errors carry no code).
 */
function uploadError(error: unknown, maxBytes: number): AppError {
  if (error instanceof AppError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('file-too-large', { maxBytes });
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('payload-too-large');
    default:
      return new AppError('malformed-multipart');
  }
}

export async function attachmentRoutes(app: App, deps: Deps) {
  await app.register(async (scope) => {
    // A few small text fields are tolerated (a form may send one beside the file); the
    // first file named anything is the upload, and a second file is too much.
    await scope.register(multipart, {
      limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
    });
    scope.post(
      '/api/v1/attachments',
      {
        config: { errors: ['contact-details-detected'] },
        schema: {
          tags: ['attachments'],
          summary: 'Upload a file (multipart/form-data, field "file"); attach it by id to an application, message or entry',
          response: { 201: AttachmentInfo },
        },
      },
      async (request, reply) => {
        const { user } = requireAuth(request);
        if (!request.isMultipart()) throw new AppError('unsupported-media-type');
        let filename: string;
        let bytes: Buffer;
        try {
          const file = await request.file();
          if (!file) throw new AppError('file-missing');
          filename = file.filename;
          bytes = await file.toBuffer();
        } catch (error) {
          throw uploadError(error, deps.config.uploadMaxBytes);
        }
        // A file name is read by the other party too: no contact details in it (利用規約 第7条).
        assertScreened({ '/file/filename': filename }, { ownHost: hostOf(deps.config.publicUrl) });
        const saved = await storeUpload(deps, { ownerId: user.id, filename, bytes });
        return reply.code(201).send(presentAttachment(saved));
      },
    );
  });

  app.get(
    '/api/v1/attachments/:id',
    {
      config: { produces: '*/*' },
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
