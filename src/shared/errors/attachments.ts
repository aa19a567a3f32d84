// Problems of attached files.
import type { ProblemDef } from './types';

export const ATTACHMENT_PROBLEMS = {
  'file-too-large': {
    status: 413,
    ja: {
      title: 'ファイルが大きすぎます',
      detail: '添付できるファイルは1つ10MBまでです。圧縮するか分割してから添付してください。',
    },
    en: {
      title: 'The file is too large',
      detail: 'Each attachment may be at most 10 MB. Compress or split it.',
    },
  },
  'file-type-not-allowed': {
    status: 415,
    ja: {
      title: 'この種類のファイルは添付できません',
      detail: '添付できるのは画像(PNG・JPEG・GIF・WebP)、PDF、Word・Excel・PowerPoint、ZIP、テキスト・CSV です。',
    },
    en: {
      title: 'This kind of file cannot be attached',
      detail: 'You can attach images (PNG, JPEG, GIF, WebP), PDF, Word/Excel/PowerPoint, ZIP, text and CSV files.',
    },
  },
  'file-missing': {
    status: 400,
    ja: {
      title: 'ファイルが選ばれていません',
      detail: '添付するファイルを選んでから送信してください。',
    },
    en: {
      title: 'No file was sent',
      detail: 'Choose a file to attach.',
    },
  },
} satisfies Record<string, ProblemDef>;
