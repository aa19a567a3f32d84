import type { Inquiry } from '../../../shared/api/quotes';
import type { Lang } from '../../../shared/errors';
import type { InquiryData } from '../../use-cases/quotes/get-inquiry';
import { presentParty } from './accounts';

/** An inquiry with its parties named in the reader's language (a withdrawn one as 退会済みユーザー). */
export function presentInquiry(data: InquiryData, lang: Lang): Inquiry {
  return { ...data, buyer: presentParty(data.buyer, lang), seller: presentParty(data.seller, lang) };
}
