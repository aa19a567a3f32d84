// The development mail viewer: every mail the app "sends" without an SMTP server.
// Registered only outside production mode.
import { z } from 'zod';
import type { Db } from '../../db/database';
import type { App } from './types';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const linkify = (escaped: string) => escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

const page = (title: string, body: string) => `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} — 開発用メールボックス</title><link rel="stylesheet" href="/dev/mail.css"></head>
<body><main><p class="note">開発用メールボックス(本番モードでは表示されません)</p>${body}</main></body></html>`;

const CSS = `body{font-family:"Hiragino Sans","Noto Sans JP","Noto Sans CJK JP",sans-serif;margin:0;background:#f5f6fa;color:#1f2430}
main{max-width:860px;margin:0 auto;padding:16px}table{width:100%;border-collapse:collapse;background:#fff}
td,th{padding:8px;border-bottom:1px solid #dde;text-align:left;vertical-align:top}pre{white-space:pre-wrap;background:#fff;padding:16px;border:1px solid #dde}
.note{color:#5a4a00;background:#fff4c2;padding:8px}a{color:#2336a8}
ul.mails{list-style:none;padding:0;margin:0}ul.mails li{background:#fff;border:1px solid #dde;margin:0 0 8px;padding:10px 12px;overflow-wrap:anywhere}
ul.mails .meta{color:#4a5060;font-size:.9em;margin-top:4px}pre{overflow-wrap:anywhere}`;

export function devMailRoutes(app: App, db: Db) {
  const hide = { hide: true } as const;

  app.get('/dev/mail.css', { schema: hide }, async (_req, reply) => reply.type('text/css; charset=utf-8').send(CSS));

  app.get('/dev/mail', { schema: hide }, async (_req, reply) => {
    const mails = await db
      .selectFrom('dev_mailbox')
      .select(['id', 'to_address', 'subject', 'created_at'])
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
    const items = mails
      .map(
        (m) =>
          `<li><a href="/dev/mail/${m.id}">${escapeHtml(m.subject)}</a>` +
          `<div class="meta">宛先: ${escapeHtml(m.to_address)} ・ ${escapeHtml(m.created_at.toISOString().replace('T', ' ').slice(0, 19))} (UTC)</div></li>`,
      )
      .join('');
    const body = `<h1>受信メール</h1>${mails.length === 0 ? '<p>まだメールはありません。</p>' : `<ul class="mails">${items}</ul>`}`;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page('受信メール', body));
  });

  app.get(
    '/dev/mail/:id',
    { schema: { ...hide, params: z.object({ id: z.string().regex(/^\d{1,18}$/) }) } },
    async (request, reply) => {
      const mail = await db
        .selectFrom('dev_mailbox')
        .select(['to_address', 'subject', 'body_text', 'created_at'])
        .where('id', '=', Number(request.params.id))
        .executeTakeFirst();
      if (!mail) return reply.callNotFound();
      const body = `<p><a href="/dev/mail">← 一覧へ戻る</a></p><h1>${escapeHtml(mail.subject)}</h1>
<p>宛先: ${escapeHtml(mail.to_address)}</p><pre>${linkify(escapeHtml(mail.body_text))}</pre>`;
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page(mail.subject, body));
    },
  );
}
