// Links: which pass and which are contact details.
//
// - The marketplace's own host and public references pass: encyclopaedias, official
//   documentation, code hosting, standards, government and academic sites (.go.jp, .lg.jp,
//   .ac.jp, .ed.jp, .or.jp, .gov, .edu), news, shops' product pages, video pages, shared
//   work files (Google Docs/Drive, Figma, Canva), and documentation examples (example.com).
//   Help and developer pages of the networks themselves (developers.line.biz,
//   help.instagram.com) are references too.
// - SNS and messenger links (line.me, lin.ee, instagram.com, x.com, t.me, wa.me, discord.gg,
//   chatwork.com…) always reach a person: an `sns-link` finding, even for a single post.
// - Pages that exist to say who someone is and how to reach them (lit.link, linktr.ee,
//   profile pages on note or YouTube, free blog and site builders, other marketplaces'
//   profiles) and link shorteners (the destination is hidden) are `personal-url`.
// - Any other site is `personal-url` too — a member's own site carries their contact —
//   unless the text presents it as a reference (参考, 出典, 既存サイト, 〜のようなデザイン…),
//   which is how clients point at a site to redesign or imitate.

import { foldPattern } from './normalise';

export const DEFAULT_REFERENCE_HOSTS: readonly string[] = [
  'example.com',
  'example.jp',
  'example.org',
  'example.net',
  'localhost',
  'wikipedia.org',
  'wikimedia.org',
  'wiktionary.org',
  'github.com',
  'githubusercontent.com',
  'gitlab.com',
  'stackoverflow.com',
  'developer.mozilla.org',
  'w3.org',
  'whatwg.org',
  'nodejs.org',
  'npmjs.com',
  'python.org',
  'php.net',
  'ruby-lang.org',
  'go.dev',
  'rust-lang.org',
  'typescriptlang.org',
  'react.dev',
  'reactjs.org',
  'vuejs.org',
  'nextjs.org',
  'wordpress.org',
  'qiita.com',
  'zenn.dev',
  'developers.google.com',
  'support.google.com',
  'docs.google.com',
  'drive.google.com',
  'maps.google.com',
  'google.com',
  'google.co.jp',
  'figma.com',
  'canva.com',
  'apple.com',
  'microsoft.com',
  'aws.amazon.com',
  'amazon.co.jp',
  'amazon.com',
  'rakuten.co.jp',
  'yahoo.co.jp',
  'nhk.or.jp',
  'nikkei.com',
  'asahi.com',
  'yomiuri.co.jp',
  'mainichi.jp',
  'sankei.com',
  'itmedia.co.jp',
  'impress.co.jp',
  'youtube.com',
  'youtu.be',
  'adobe.com',
  'shopify.com',
  'line.biz',
  'linecorp.com',
  'lycorp.co.jp',
  'help.instagram.com',
  'about.instagram.com',
  'business.instagram.com',
  'developers.facebook.com',
  'business.facebook.com',
  'developer.x.com',
  'help.x.com',
  'developer.twitter.com',
  'help.twitter.com',
  'cloudflare.com',
  'vercel.com',
  'netlify.com',
  'mdn.io',
  'jis.or.jp',
  'iso.org',
  'unicode.org',
  'tabelog.com',
  'jalan.net',
  'suumo.jp',
  'cookpad.com',
  'weblio.jp',
  'kotobank.jp',
  'wordpress.com',
  'stripe.com',
  'openai.com',
];

const INSTITUTIONAL = /\.(go|lg|ac|ed|or)\.jp$|\.(gov|edu|int)$/;

/** Networks and messengers: a link to any of them reaches a person. */
const SNS_HOSTS = [
  'line.me',
  'lin.ee',
  'instagram.com',
  'instagr.am',
  'x.com',
  'twitter.com',
  't.co',
  'facebook.com',
  'fb.me',
  'fb.com',
  'm.me',
  'messenger.com',
  'chatwork.com',
  'discord.gg',
  'discord.com',
  'discordapp.com',
  't.me',
  'telegram.me',
  'wa.me',
  'whatsapp.com',
  'skype.com',
  'slack.com',
  'tiktok.com',
  'threads.net',
  'kakao.com',
  'wechat.com',
  'weixin.qq.com',
  'linkedin.com',
  'bsky.app',
  'bsky.social',
  'mstdn.jp',
  'misskey.io',
  'mixi.jp',
  'pinterest.com',
  'snapchat.com',
];

/** Pages about a person (and shorteners, which hide where they lead). */
const PERSONAL_HOSTS = [
  'lit.link',
  'linktr.ee',
  'profu.link',
  'potofu.me',
  'bio.link',
  'about.me',
  'carrd.co',
  'ameblo.jp',
  'ameba.jp',
  'hatenablog.com',
  'hatenablog.jp',
  'hatena.ne.jp',
  'fc2.com',
  'jimdofree.com',
  'jimdosite.com',
  'wixsite.com',
  'peraichi.com',
  'studio.site',
  'notion.site',
  'sites.google.com',
  'github.io',
  'coconala.com',
  'lancers.jp',
  'crowdworks.jp',
  'skima.jp',
  'mosh.jp',
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  'is.gd',
  'ow.ly',
  'cutt.ly',
  'x.gd',
  'lstu.fr',
  'booth.pm',
  'fanbox.cc',
  'pixiv.net',
  'skeb.jp',
  'ko-fi.com',
  'patreon.com',
  'paypal.me',
  'venmo.com',
  'cash.app',
  'buymeacoffee.com',
  'calendly.com',
  'timerex.net',
  'form.run',
  'tayori.com',
  'formzu.net',
  'typeform.com',
  'jotform.com',
  'tally.so',
];

export type LinkKind = 'allowed' | 'sns-link' | 'personal-url';

/** Whether `host` is one of `list` or a subdomain of one. */
function onHost(host: string, list: readonly string[]): boolean {
  for (const h of list)
    if (host.endsWith(h) && (host.length === h.length || host[host.length - h.length - 1] === '.')) return true;
  return false;
}

/** The host and path of a link as written (scheme and www. dropped, lower case). */
export function splitLink(link: string): { host: string; path: string } {
  const bare = link.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  const cut = bare.search(/[/?#]/);
  const host = (cut < 0 ? bare : bare.slice(0, cut)).replace(/:\d+$/, '').replace(/\.$/, '');
  return { host, path: cut < 0 ? '' : bare.slice(cut) };
}

/** Profile pages on hosts that are otherwise references. */
function personalPath(host: string, path: string): boolean {
  if (onHost(host, ['youtube.com'])) return /^\/(@|channel\/|c\/|user\/)/.test(path);
  if (onHost(host, ['note.com'])) return !/\/n\//.test(path);
  if (onHost(host, ['zoom.us'])) return /^\/my\//.test(path);
  return false;
}

/** A link into a video meeting (Zoom, Google Meet, Teams, Whereby): a way to talk outside. */
function meetingLink(host: string, path: string): boolean {
  if (onHost(host, ['zoom.us', 'zoom.com'])) return /^\/(j|w|wc|s)\//.test(path);
  if (onHost(host, ['meet.google.com'])) return /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}/.test(path);
  if (onHost(host, ['teams.microsoft.com', 'teams.live.com'])) return /^\/(l\/meetup-join|meet)\//.test(path);
  return onHost(host, ['whereby.com']) && path.length > 1;
}

export interface HostOptions {
  ownHost?: string;
  referenceHosts?: readonly string[];
}

/** Whether a link passes, and if not, what kind of contact it is. `referenced`: presented as a reference. */
export function classifyLink(link: string, options: HostOptions, referenced: boolean): LinkKind {
  const { host, path } = splitLink(link);
  const own = options.ownHost?.toLowerCase().replace(/^www\./, '');
  if (own && (host === own || host.endsWith(`.${own}`))) return 'allowed';
  if (meetingLink(host, path)) return 'sns-link';
  if (personalPath(host, path)) return 'personal-url';
  if (onHost(host, options.referenceHosts ?? DEFAULT_REFERENCE_HOSTS)) return 'allowed';
  if (onHost(host, SNS_HOSTS)) return 'sns-link';
  if (onHost(host, PERSONAL_HOSTS)) return 'personal-url';
  // An article on note.com (/n/…) is a reference; its profile pages were judged above.
  if (onHost(host, ['zoom.us', 'note.com'])) return 'allowed';
  if (INSTITUTIONAL.test(host) || referenced) return 'allowed';
  return 'personal-url';
}

const TLDS =
  'com|net|org|info|biz|jp|co\\.jp|ne\\.jp|or\\.jp|ac\\.jp|go\\.jp|me|ee|gg|link|io|site|xyz|app|dev|page|tv|cc|ly|to|so|us|fm|am|pm|gl|gd|fr|de|uk|tokyo|blog|online|store|shop|work|club|design|studio|co|social|tech|art|cafe|salon|osaka|nagoya|kyoto|yokohama|okinawa|moe|website|ink|gallery|ai|kr|cn|tw|hk|co\\.uk';

/** Links in a normalised text: with a scheme, www., or a bare host ending in a known top-level domain. */
export const LINK_PATTERN = new RegExp(
  `(?<![a-z0-9@._\\-])(?:(?:https?:\\/\\/|www\\.)[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*|[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.(?:${TLDS})(?![a-z0-9\\-]))(?::\\d+)?(?:[/?#][a-z0-9\\-._~:/?#@!$&'*+,;=%]*)?`,
  'g',
);

/** Words that present a link as a reference, looked for just before or after it. */
export const REFERENCE_BEFORE = new RegExp(
  foldPattern(
    '(参考|参照|出典|引用|公式|ドキュメント|資料|記事|ニュース|既存|現在の|現行|対象|弊社|当社|御社|貴社|リニューアル|改修|競合|例えば|例:|サンプル|イメージ|雰囲気|構成|デプロイ|プレビュー|ステージング|確認用)',
  ),
);
export const REFERENCE_AFTER = new RegExp(
  foldPattern(
    '^ ?[)」』]? ?(のような|のように|みたいな|みたいに|っぽく|風|を参考|参考|をリニューアル|の改修|を改修|の修正|を修正|を移行|の移行|のデザイン|のサイト|に掲載|より|から引用|参照)',
  ),
);
