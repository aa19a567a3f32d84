// Notices about direct offers.
import { notice } from './types';

/** An offer's message, as much of it as a notice quotes. */
const excerpt = (message: string) => message.slice(0, 200);

export const offerNotices = {
  'offer.received': notice<{ jobTitle: string; message: string }>({
    ja: (p) => ({ title: `「${p.jobTitle}」のオファーが届きました`, body: excerpt(p.message) }),
    en: (p) => ({ title: `You received an offer for "${p.jobTitle}"`, body: excerpt(p.message) }),
  }),
  'offer.accepted': notice<{ offerTitle: string }>({
    ja: (p) => ({ title: `「${p.offerTitle}」のオファーが承諾されました`, body: '受注者がオファーを承諾しました。' }),
    en: (p) => ({ title: `Your offer "${p.offerTitle}" was accepted`, body: 'The worker accepted your offer.' }),
  }),
  /** Declined by the worker, or ended because the worker withdrew (`withdrawn`). */
  'offer.declined': notice<{ offerTitle: string; reason: string | null; withdrawn?: boolean }>({
    ja: (p) =>
      p.withdrawn
        ? {
            title: `「${p.offerTitle}」のオファーは終了しました`,
            body: 'オファー先の会員が退会したため、オファーは辞退扱いになりました。',
          }
        : { title: `「${p.offerTitle}」のオファーが辞退されました`, body: p.reason ?? '受注者がオファーを辞退しました。' },
    en: (p) =>
      p.withdrawn
        ? {
            title: `Your offer "${p.offerTitle}" has ended`,
            body: 'The member you made the offer to has left Yorozu, so the offer counts as declined.',
          }
        : { title: `Your offer "${p.offerTitle}" was declined`, body: p.reason ?? 'The worker declined your offer.' },
  }),
  /** Cancelled by the client, or ended because the client withdrew (`withdrawn`). */
  'offer.cancelled': notice<{ offerTitle: string; withdrawn?: boolean }>({
    ja: (p) =>
      p.withdrawn
        ? { title: `「${p.offerTitle}」のオファーは終了しました`, body: '発注者が退会したため、オファーは取り消されました。' }
        : { title: `「${p.offerTitle}」のオファーが取り消されました`, body: '発注者がオファーを取り消しました。' },
    en: (p) =>
      p.withdrawn
        ? { title: `The offer "${p.offerTitle}" has ended`, body: 'The client has left Yorozu, so the offer was cancelled.' }
        : { title: `The offer "${p.offerTitle}" was cancelled`, body: 'The client cancelled the offer.' },
  }),
  'offer.expired': notice<{ jobTitle: string }>({
    ja: (p) => ({ title: `「${p.jobTitle}」のオファーは期限切れになりました`, body: '期限までに返事がありませんでした。' }),
    en: (p) => ({ title: `The offer for "${p.jobTitle}" has expired`, body: 'No reply came before the deadline.' }),
  }),
};
