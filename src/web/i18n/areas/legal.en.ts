import type { legalJa } from './legal.ja';

export const legalEn: typeof legalJa = {
  demoNotice: 'These operator details are demo values for development. A production server shows the operator’s real details.',
  exportData: 'Download your data (JSON)',
  loading: 'Loading the operator’s details…',
  tokushoho: {
    title: 'Specified Commercial Transactions Act notice',
    operator: 'Operator',
    representative: 'Person responsible',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    hours: 'Enquiry hours',
    invoiceNumber: 'Qualified invoice registration number',
    invoiceNone: 'Not registered',
    price: 'Prices (fees)',
    priceBody:
      'Rewards and service prices are the amounts shown on each deal. The operator’s fees are as follows (each a share of the tax-included amount, plus consumption tax).',
    workerFee: 'Worker’s system fee (projects)',
    clientFee: 'Client’s fee (projects)',
    taskFee: 'Worker’s system fee (tasks)',
    sellerFee: 'Seller’s fee (services)',
    buyerFee: 'Buyer’s fee (services)',
    payoutFee: 'Payout fee: {{fee}} each (minimum payout {{minimum}})',
    otherCosts: 'Other costs',
    otherCostsBody: 'Bank charges when paying escrow by transfer, and your own connection costs.',
    payment: 'Payment methods',
    bankTransfer: 'Bank transfer',
    card: 'Credit card',
    konbini: 'Convenience store payment (konbini)',
    paymentTiming: 'When to pay',
    paymentTimingBody:
      'The client pays the reward before work starts. The operator receives it on the worker’s behalf and pays it to the worker once the work is accepted.',
    delivery: 'When the service is provided',
    deliveryBody: 'By the delivery date the members agreed on each deal.',
    cancel: 'Cancellation and refunds',
    cancelBody:
      'When a contract is called off before work starts or ended by agreement, the escrowed reward is refunded to the client. Accepted work is not refunded. See the terms of use.',
    links: 'Related pages',
  },
  privacy: {
    title: 'Privacy policy',
    intro:
      '{{operator}} (“we”) handles the personal data of the crowdsourcing service Yorozu as follows, under the Act on the Protection of Personal Information. The Japanese text prevails.',
    kindsTitle: '1. What we keep, why and for how long',
    items: 'What',
    purpose: 'Why',
    retention: 'How long',
    disclosureTitle: '2. Disclosure to others',
    disclosureBody:
      'We give personal data to nobody without your consent, except as follows. The other party of a deal sees only what the deal needs.',
    disclosureItems: [
      'Payment providers: what they need to process card and similar payments',
      'Banks: the payout account and its holder name',
      'When the law requires it (statutory returns to the tax office, lawful requests)',
    ],
    requestsTitle: '3. Access, correction and erasure',
    requestsBody:
      'You can see and correct your data in your account settings, and download a copy as a file. For anything else, contact us below; we will act without delay once we know it is you.',
    withdrawalTitle: '4. When you leave',
    withdrawalBody:
      'Your email, display name, profile, registration number and bank account are erased at once. Deal and money records are kept for the legal 7 years without what identifies you. Your username is kept so that it is never reissued.',
    safetyTitle: '5. Security',
    safetyBody:
      'Passwords are stored as one-way hashes and bank accounts encrypted. Few staff can see personal data, and what staff do is logged.',
    contactTitle: '6. Contact',
    exportLink: 'Download your data (account settings)',
  },
  invoice: {
    title: 'Qualified invoice registration number',
    lead: 'If you are a registered issuer, enter your number (T and 13 digits). It shows on your profile, applications and services, for clients claiming input tax credit.',
    label: 'Registration number',
    hint: 'e.g. T1234567890123. Save it empty to remove it.',
    save: 'Save the number',
    saved: 'Your registration number was saved.',
    removed: 'Your registration number was removed.',
    warning:
      'These digits are not a corporate number by its check digit. That is fine for a sole proprietor; a company should check its number on the National Tax Agency’s site.',
    registered: 'Qualified invoice issuer (registration number {{number}})',
    unregistered: 'Not a registered invoice issuer',
  },
};
