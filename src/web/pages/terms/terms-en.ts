import type { TermsDocument } from './types';

export const termsEn: TermsDocument = {
  intro: [
    'These terms of use (the “Terms”) set out the conditions for using Yorozu (the “Service”), a crowdsourcing marketplace run by {operator} (“we”). Please read them carefully and accept them before you sign up.',
    'This English text is a translation for convenience. If it differs from the Japanese text, the Japanese text prevails.',
  ],
  articles: [
    {
      title: 'Article 1 (Purpose and scope)',
      paragraphs: [
        'The Service is a place where people who want work done (“clients”) and people who want to do work (“workers”) meet online, make contracts and exchange payment.',
        'The Terms apply to everyone who uses the Service, members and visitors alike.',
      ],
    },
    {
      title: 'Article 2 (Definitions)',
      items: [
        '“Member” means an individual or company who accepted the Terms, signed up, and whose registration we accepted.',
        '“Deal” means any contract between members made through the Service, such as ordering or taking on work, or offering or buying a service.',
        '“Escrow” means the arrangement in which the client pays the fee when a contract is made, we receive it on the worker’s behalf (agency receipt), and we hand it to the worker after the delivery is accepted.',
      ],
    },
    {
      title: 'Article 3 (Registration)',
      items: [
        'Registration is complete when you have entered accurate information yourself and verified your email address.',
        'One person may hold only one account.',
        'We may refuse a registration, for example for false information or past breaches of the Terms.',
      ],
    },
    {
      title: 'Article 4 (Usernames)',
      items: [
        'A username cannot be changed after registration. To use another username you must withdraw and register again, and your track record and ratings are not carried over.',
        'A username that has been used is never given to another member, not even after its owner withdraws.',
        'You may change your display name at any time, but not to impersonate another person or us.',
      ],
    },
    {
      title: 'Article 5 (Looking after your account)',
      items: [
        'You are responsible for your email address and password and must not let anyone else use them.',
        'If you notice a login you do not recognise, log that device out from the account page and change your password.',
      ],
    },
    {
      title: 'Article 6 (Deals and payment)',
      items: [
        'All amounts are shown and calculated in whole Japanese yen.',
        'The client pays the fee into escrow when a contract is made. The worker authorises us to receive it on their behalf; once the client has paid us, the client’s obligation to pay the worker is met.',
        'Once the client accepts the delivery, we hand the fee to the worker less our service charge. If the contract is called off before acceptance, we refund the fee to the client.',
        'Members who met through the Service must always exchange payment through the Service’s escrow.',
        'We set the service charge and how it is calculated separately and show them on the Service (including the legal notice under the Specified Commercial Transactions Act).',
      ],
      links: [{ to: '/legal/tokushoho', label: 'Legal notice (SCTA)' }],
    },
    {
      title: 'Article 7 (No direct deals)',
      items: [
        'Members, and anyone who was a member within the last five years, must not contract directly outside the Service with people they met through the Service — including ordering or taking on work, exchanging payment, or exchanging or soliciting contact details for that purpose (“direct deals”).',
        'Withdrawing does not lift this prohibition. It continues to apply for five years from the day you withdraw.',
        'If you make a direct deal, we may suspend or delete your account and may claim, as a penalty, an amount equal to 30% of the total fee paid or to be paid in the direct deal (at least 100,000 yen).',
        'If someone proposes a direct deal to you, please decline and let us know.',
      ],
    },
    {
      title: 'Article 8 (Prohibited conduct)',
      paragraphs: ['Members must not:'],
      items: [
        'break the law or public order, or take part in crime;',
        'impersonate others or register false information;',
        'infringe copyright, trademarks, privacy or other rights of others;',
        'harass, discriminate against or threaten others;',
        'force unpaid work or impose unfair terms far from market rates;',
        'disrupt the Service, or access it without authorisation or try to;',
        'make or solicit direct deals as described in Article 7.',
      ],
    },
    {
      title: 'Article 9 (Withdrawal)',
      items: [
        'You may ask to withdraw at any time.',
        'If something prevents immediate withdrawal — a deal in progress, an unsettled payment, an open enquiry — we tell you every reason and how to resolve it. Once resolved, you can withdraw.',
        'After withdrawal we keep deal records for the period the law requires. Your public profile shows “Withdrawn user”.',
        'After withdrawal, Article 7 (no direct deals) still applies for five years from the day you withdraw, and your username is never reissued.',
      ],
    },
    {
      title: 'Article 10 (Suspension)',
      paragraphs: [
        'If a member breaches the Terms, or we reasonably judge that they may, we may suspend the account, stop deals or take other necessary measures without notice. We tell the member the reason as far as we can.',
      ],
    },
    {
      title: 'Article 11 (Personal information)',
      paragraphs: [
        'We handle members’ personal information properly under our separate privacy policy. Your email address and password are never shown to other members.',
      ],
      links: [{ to: '/privacy', label: 'Privacy policy' }],
    },
    {
      title: 'Article 12 (Limitation of liability)',
      items: [
        'Deals between members are the responsibility of the members who make them. We support deals by receiving and handing over fees on the worker’s behalf, and as set out in the Terms.',
        'We may suspend all or part of the Service temporarily for maintenance, failures or other unavoidable reasons.',
        'Except in cases of our intent or gross negligence, our liability to members is limited to direct and ordinary damage.',
      ],
    },
    {
      title: 'Article 13 (Changes to the Terms)',
      paragraphs: [
        'We may change the Terms when needed. We announce the changes and the date they take effect on the Service a reasonable time in advance.',
      ],
    },
    {
      title: 'Article 14 (Governing law and jurisdiction)',
      paragraphs: [
        'The Terms are governed by Japanese law. The district court with jurisdiction over our place of business has exclusive jurisdiction in the first instance over disputes about the Service.',
      ],
    },
  ],
  closing: 'Supplementary provision: the Terms apply from the day the Service starts.',
};
