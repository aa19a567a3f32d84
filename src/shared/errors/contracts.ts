// Problems of contracts: milestones, terms, termination and disputes.
import type { ProblemDef } from './types';

export const CONTRACT_PROBLEMS = {
  'contract-transition-invalid': {
    status: 409,
    ja: {
      title: 'この契約は現在の状態では操作できません',
      detail: '契約の状態が変わったため、操作できませんでした。ページを再読み込みして、いまの状態を確認してください。',
    },
    en: {
      title: "Not possible in the contract's current state",
      detail: 'The contract has changed state. Reload the page to see where it stands.',
    },
  },
  'milestone-transition-invalid': {
    status: 409,
    ja: {
      title: 'このマイルストーンは現在の状態では操作できません',
      detail:
        'マイルストーンの状態が変わったため(すでに検収・修正依頼された など)、操作できませんでした。ページを再読み込みして確認してください。',
    },
    en: {
      title: "Not possible in the milestone's current state",
      detail: 'The milestone has changed state (already accepted, sent back for revision …). Reload the page to see it.',
    },
  },
  'contract-frozen': {
    status: 409,
    ja: {
      title: 'トラブル対応中のため操作できません',
      detail:
        'この契約は運営事務局が対応中のため、仮払い・納品・検収などの操作を止めています。運営事務局からの連絡をお待ちください。',
    },
    en: {
      title: 'The contract is frozen while staff handle a dispute',
      detail:
        'Staff are handling a dispute on this contract, so funding, delivery and acceptance are paused. Wait for staff to contact you.',
    },
  },
  'terms-change-closed': {
    status: 409,
    ja: {
      title: '仮払い後は契約条件を変更できません',
      detail:
        '仮払いが済んだマイルストーンがあるため、契約条件の変更はできません。変更が必要なときは、途中解消のうえで新しく契約してください。',
    },
    en: {
      title: 'The terms can no longer change',
      detail:
        'A milestone is already funded, so the terms cannot change. End the contract by agreement and make a new one if needed.',
    },
  },
  'no-pending-terms': {
    status: 409,
    ja: {
      title: '回答を待っている条件変更はありません',
      detail: '条件変更の提案は取り下げられたか、すでに回答済みです。ページを再読み込みして確認してください。',
    },
    en: {
      title: 'No change of terms is waiting',
      detail: 'The proposal was already answered or replaced. Reload to see it.',
    },
  },
  'withholding-not-allowed': {
    status: 422,
    ja: {
      title: '源泉徴収は選べません',
      detail:
        '源泉徴収は、受注者が個人で、プロジェクト形式の契約の場合にだけ選べます(法人の受注者、タスク・コンペ形式には適用されません)。',
    },
    en: {
      title: 'Withholding cannot be chosen',
      detail: 'Withholding applies only to individual workers on project contracts (not companies, tasks or competitions).',
    },
  },
  'termination-pending': {
    status: 409,
    ja: {
      title: '途中解消の提案に回答待ちです',
      detail: 'この契約にはすでに回答を待っている途中解消の提案があります。相手の回答をお待ちください。',
    },
    en: {
      title: 'A termination proposal is waiting',
      detail: 'This contract already has a termination proposal waiting for an answer.',
    },
  },
  'no-pending-termination': {
    status: 409,
    ja: {
      title: '回答を待っている途中解消の提案はありません',
      detail: '提案はすでに回答済みか、運営事務局の対応に移っています。ページを再読み込みして確認してください。',
    },
    en: {
      title: 'No termination proposal is waiting',
      detail: 'The proposal was already answered or passed to staff. Reload to see it.',
    },
  },
  'termination-outdated': {
    status: 409,
    ja: {
      title: 'この提案では精算できなくなりました',
      detail:
        '提案のあとに仮払いや検収があり、提案の精算内容が現在の仮払い金と合わなくなりました。提案者に提案を出し直してもらうか、拒否して運営事務局に相談してください。',
    },
    en: {
      title: 'This proposal no longer fits the contract',
      detail:
        'Money moved since it was made (a funding or an acceptance). Ask the proposer to propose again, or refuse it to pass the contract to staff.',
    },
  },
  'own-proposal': {
    status: 409,
    ja: {
      title: 'ご自身の提案には回答できません',
      detail: 'この提案はあなたが出したものです。相手の回答をお待ちください。',
    },
    en: {
      title: 'You made this proposal',
      detail: 'Wait for the other party to answer your proposal.',
    },
  },
  'dispute-open': {
    status: 409,
    ja: {
      title: 'すでに運営事務局が対応中です',
      detail: 'この契約については運営事務局への相談(トラブル報告)が受け付け済みです。運営事務局からの連絡をお待ちください。',
    },
    en: {
      title: 'Staff are already handling this contract',
      detail: 'A dispute on this contract is already open. Wait for staff to contact you.',
    },
  },
} satisfies Record<string, ProblemDef>;
