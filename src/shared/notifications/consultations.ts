// Notices of the consultation desk (相談窓口): only to the member who consulted, and
// without the content (the mail says where to read the answer, nothing more).
import { notice } from './types';

export const consultationNotices = {
  'consultation.answered': notice<Record<string, never>>({
    ja: () => ({
      title: '相談窓口から回答がありました',
      body: 'ご相談への回答をマイページの「相談窓口」でご確認ください。相談の内容は相手方には知らされません。',
    }),
    en: () => ({
      title: 'The consultation desk answered you',
      body: 'Read the answer to your consultation under "Consultations" on My page. The other party is never told about it.',
    }),
  }),
};
