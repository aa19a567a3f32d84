// The data map: every column of every table, whether it is personal, what withdrawal
// does to it, and how long it is kept. A test reads the live schema and fails on any
// column missing here, so every migration must decide; docs/privacy.md is generated
// from this file (`npm run docs:privacy`).

export type Classification =
  /** Identifies or describes a person: erased at withdrawal. */
  | 'personal'
  /** Points to a person only through another table (ids, keyed hashes). */
  | 'pseudonymous'
  /** Says nothing about anyone. */
  | 'not-personal'
  /** Written for others to read; kept under 「退会済みユーザー」 when the author leaves. */
  | 'public-content'
  /** Kept on purpose after withdrawal, for a stated reason and period. */
  | 'retained';

export interface ColumnPolicy {
  class: Classification;
  /** What withdrawal does to this column. */
  onWithdrawal: string;
}

export interface TablePolicy {
  purpose: string;
  /** How long rows live. */
  retention: string;
  columns: Record<string, ColumnPolicy>;
}

const keep = (cls: Classification, why = 'kept'): ColumnPolicy => ({ class: cls, onWithdrawal: why });
const erase = (how = 'set to null'): ColumnPolicy => ({ class: 'personal', onWithdrawal: how });

export const PRIVACY_MAP: Record<string, TablePolicy> = {
  users: {
    purpose: 'Accounts. The row stays after withdrawal as a tombstone so the username is never reused.',
    retention: 'Forever as a tombstone (username, dates, status only).',
    columns: {
      id: keep('pseudonymous', 'kept: other records (contracts, ledger) refer to it'),
      username: keep('retained', 'kept: reserved forever, shown as 「退会済みユーザー」 with no other data'),
      email: erase(),
      email_verified_at: erase(),
      password_hash: erase(),
      display_name: erase(),
      intent: keep('not-personal'),
      status: keep('not-personal', "set to 'withdrawn'"),
      staff_role: keep('not-personal'),
      terms_accepted_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
      withdrawn_at: keep('not-personal', 'set to the withdrawal time'),
      locale: keep('not-personal', 'kept: the language notices were written in'),
    },
  },
  profiles: {
    purpose:
      'What a member shows others: bio, skills, availability, region, links, and the qualified-invoice registration number (適格請求書発行事業者登録番号) clients need to claim input tax credit.',
    retention: 'Until withdrawal.',
    columns: {
      user_id: erase('row deleted'),
      bio: erase('row deleted'),
      skills: erase('row deleted'),
      occupation: erase('row deleted'),
      hours_per_week: erase('row deleted'),
      home_only: erase('row deleted'),
      times_of_day: erase('row deleted'),
      prefecture: erase('row deleted'),
      portfolio_links: erase('row deleted'),
      entity_type: erase('row deleted'),
      invoice_number: erase('row deleted'),
      updated_at: erase('row deleted'),
      search_text: erase('row deleted'),
      search_tokens: erase('row deleted'),
      search_skills: erase('row deleted'),
    },
  },
  sessions: {
    purpose: 'Logins per device (the cookie token is stored only as its SHA-256).',
    retention: 'Until logout, expiry or withdrawal.',
    columns: {
      id: erase('row deleted'),
      user_id: erase('row deleted'),
      created_at: erase('row deleted'),
      last_seen_at: erase('row deleted'),
      expires_at: erase('row deleted'),
      user_agent: erase('row deleted'),
      ip: erase('row deleted'),
      revoked_at: erase('row deleted'),
    },
  },
  auth_tokens: {
    purpose: 'Single-use links: email verification, password reset, email change (SHA-256 only).',
    retention: 'Until used, replaced or withdrawal.',
    columns: {
      token_hash: erase('row deleted'),
      user_id: erase('row deleted'),
      kind: erase('row deleted'),
      new_email: erase('row deleted'),
      created_at: erase('row deleted'),
      expires_at: erase('row deleted'),
      used_at: erase('row deleted'),
    },
  },
  outbox: {
    purpose: 'Transactional mail, written in the same transaction as the change it reports.',
    retention:
      'Until withdrawal; the address and text of the withdrawal mail and of every mail with a secret link (verification, password reset, email change) are erased once it is sent or given up.',
    columns: {
      id: keep('not-personal'),
      kind: keep('not-personal'),
      to_address: erase('rows to or about the person deleted'),
      user_id: erase('rows to or about the person deleted'),
      template: keep('not-personal'),
      subject: keep('not-personal'),
      body_text: erase('rows to or about the person deleted'),
      status: keep('not-personal'),
      attempts: keep('not-personal'),
      next_attempt_at: keep('not-personal'),
      last_error: keep('not-personal'),
      created_at: keep('not-personal'),
      sent_at: keep('not-personal'),
      erase_after_send: keep('not-personal'),
    },
  },
  dev_mailbox: {
    purpose:
      'Development only: stands in for the recipients’ mailboxes (never written in production). Outside our store of record; excluded from the erasure scan.',
    retention: 'Development data; cleared with the data directory.',
    columns: {
      id: keep('not-personal'),
      outbox_id: keep('not-personal'),
      to_address: keep('personal', 'not touched: it simulates the recipient’s own inbox'),
      subject: keep('not-personal'),
      body_text: keep('personal', 'not touched: it simulates the recipient’s own inbox'),
      created_at: keep('not-personal'),
    },
  },
  second_factors: {
    purpose:
      'The TOTP secret of a second factor for signing in (sealed), one awaiting its first code, and the last time step used.',
    retention: 'Until the member turns the second factor off or withdraws.',
    columns: {
      user_id: erase('row deleted'),
      secret_sealed: erase('row deleted'),
      enabled_at: erase('row deleted'),
      pending_sealed: erase('row deleted'),
      pending_at: erase('row deleted'),
      last_step: erase('row deleted'),
      updated_at: erase('row deleted'),
    },
  },
  recovery_codes: {
    purpose: 'Single-use recovery codes of the second factor, as keyed hashes.',
    retention: 'Until used, replaced by new codes, the second factor turned off, or withdrawal.',
    columns: {
      id: erase('row deleted'),
      user_id: erase('row deleted'),
      code_hash: erase('row deleted'),
      created_at: erase('row deleted'),
      used_at: erase('row deleted'),
    },
  },
  login_throttles: {
    purpose: 'Failed password counters per keyed hash of the typed email, of the source address and of a trusted device cookie.',
    retention:
      'An account or device counter until a right password, a password reset or withdrawal; a source counter is reset by its next failure after its window.',
    columns: {
      key: keep('pseudonymous', 'row deleted'),
      failures: keep('not-personal', 'row deleted'),
      window_started_at: keep('not-personal', 'row deleted'),
      locked_until: keep('not-personal', 'row deleted'),
      locks: keep('not-personal', 'row deleted'),
    },
  },
  audit_events: {
    purpose: 'Who did what, for security and staff accountability. Holds ids and codes, never personal text.',
    retention: 'Kept; refers to the tombstone id only.',
    columns: {
      id: keep('not-personal'),
      actor_user_id: keep('pseudonymous'),
      action: keep('not-personal'),
      subject_type: keep('not-personal'),
      subject_id: keep('pseudonymous'),
      data: keep('not-personal'),
      created_at: keep('not-personal'),
    },
  },
  withdrawal_vault: {
    purpose:
      "Personal data of a withdrawn account during the undo window (account, profile, and the seller's own words about their services), sealed with AES-256-GCM.",
    retention: 'Until the undo window ends (default 14 days), a restore, or re-registration with the same email.',
    columns: {
      user_id: keep('pseudonymous', 'written at withdrawal; row purged after the undo window'),
      email_hmac: keep('pseudonymous', 'written at withdrawal; row purged after the undo window'),
      restore_token_hash: keep('not-personal', 'written at withdrawal; row purged after the undo window'),
      ciphertext: keep('retained', 'written at withdrawal (sealed); row purged after the undo window'),
      created_at: keep('not-personal'),
      expires_at: keep('not-personal'),
    },
  },
  former_members: {
    purpose: 'The 5-year direct-deal rule: a keyed hash (HMAC) of the normalised email and the withdrawal date.',
    retention: '5 years after withdrawal, then purged by the retention job.',
    columns: {
      id: keep('not-personal'),
      email_hmac: keep('retained', 'written at withdrawal'),
      withdrawn_on: keep('retained', 'written at withdrawal'),
      purge_after: keep('not-personal'),
    },
  },
  withdrawal_reasons: {
    purpose: 'Why members leave, for analytics: no user id, month precision, free text scrubbed of identifiers.',
    retention: 'Kept; it identifies no one.',
    columns: {
      id: keep('not-personal'),
      month: keep('not-personal'),
      reasons: keep('not-personal'),
      other_text: keep('not-personal', 'written scrubbed of the person’s email, username, name and contact details'),
      erase_now: keep('not-personal'),
    },
  },
  queue_tasks: {
    purpose: 'Background tasks (timers, retention, password reset mail). Payloads hold ids only.',
    retention: 'Kept as a run log; ids only.',
    columns: {
      id: keep('not-personal'),
      kind: keep('not-personal'),
      payload: keep('pseudonymous'),
      run_at: keep('not-personal'),
      status: keep('not-personal'),
      attempts: keep('not-personal'),
      max_attempts: keep('not-personal'),
      locked_until: keep('not-personal'),
      last_error: keep('not-personal'),
      dedupe_key: keep('pseudonymous'),
      created_at: keep('not-personal'),
      finished_at: keep('not-personal'),
    },
  },
  jobs: {
    purpose: 'Job postings (仕事). Public once published; a client with open postings cannot withdraw.',
    retention:
      'Kept: closed postings stay visible with the client shown as 「退会済みユーザー」. Drafts never published are deleted at withdrawal, unless money moved for them (a task or competition paid and refunded): those stay, seen by nobody, as the subject of the accounting records.',
    columns: {
      id: keep('not-personal'),
      client_id: keep('pseudonymous', 'kept: points to the tombstone'),
      kind: keep('not-personal'),
      status: keep('not-personal'),
      title: keep('public-content'),
      description: keep('public-content'),
      category: keep('not-personal'),
      tags: keep('not-personal'),
      deadline: keep('not-personal'),
      delivery_date: keep('not-personal'),
      budget_min: keep('not-personal'),
      budget_max: keep('not-personal'),
      hires: keep('not-personal'),
      milestones_wished: keep('not-personal'),
      task_slots: keep('not-personal'),
      task_unit_price: keep('not-personal'),
      task_worker_limit: keep('not-personal'),
      task_instructions: keep('public-content'),
      prize: keep('not-personal'),
      entry_rules: keep('public-content'),
      allow_no_winner: keep('not-personal'),
      budget_sort: keep('not-personal'),
      search_text: keep('public-content'),
      search_tokens: keep('public-content'),
      published_at: keep('not-personal'),
      closed_at: keep('not-personal'),
      closed_reason: keep('not-personal'),
      cancelled_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  applications: {
    purpose: 'Applications (応募) of workers to project jobs: the proposal, the quote and the decision.',
    retention:
      'Kept for both parties. A worker’s pending applications block their withdrawal (withdrawn by the worker, or ended by the client’s decision or the expiry, first); at a client’s withdrawal the pending applications to their postings are declined and each worker is told. The text stays as part of the other party’s record.',
    columns: {
      id: keep('not-personal'),
      job_id: keep('not-personal'),
      worker_id: keep('pseudonymous', 'kept: points to the tombstone'),
      status: keep('not-personal'),
      shortlisted: keep('not-personal'),
      proposal: keep('public-content', 'kept: the client received it'),
      quoted_amount: keep('not-personal'),
      delivery_days: keep('not-personal'),
      decline_reason: keep('public-content', 'kept: the worker received it'),
      expires_at: keep('not-personal'),
      decided_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  threads: {
    purpose: 'Conversations per application, offer or contract.',
    retention: 'Kept for the other party; the withdrawn member shows as 「退会済みユーザー」.',
    columns: {
      id: keep('not-personal'),
      subject_type: keep('not-personal'),
      subject_id: keep('not-personal'),
      created_at: keep('not-personal'),
      last_message_at: keep('not-personal'),
    },
  },
  thread_members: {
    purpose: 'Who takes part in a thread, and what they have read.',
    retention: 'Kept with the thread.',
    columns: {
      thread_id: keep('not-personal'),
      user_id: keep('pseudonymous', 'kept: points to the tombstone'),
      last_read_message_id: keep('not-personal'),
    },
  },
  messages: {
    purpose: 'Messages between the parties.',
    retention: 'Kept: the other party and the direct-deal rule need them; the sender shows as 「退会済みユーザー」.',
    columns: {
      id: keep('not-personal'),
      thread_id: keep('not-personal'),
      sender_id: keep('pseudonymous', 'kept: points to the tombstone'),
      body: keep('public-content', 'kept: sent to the other party'),
      created_at: keep('not-personal'),
      removed_at: keep('not-personal', 'kept: staff removed the message (moderation)'),
      removed_by: keep('pseudonymous', 'kept: the staff member who removed it'),
    },
  },
  notifications: {
    purpose: 'In-app notifications (and the mails that mirror them).',
    retention: 'Until withdrawal.',
    columns: {
      id: erase('rows deleted'),
      user_id: erase('rows deleted'),
      kind: erase('rows deleted'),
      title: erase('rows deleted'),
      body: erase('rows deleted'),
      params: erase('rows deleted'),
      link: erase('rows deleted'),
      created_at: erase('rows deleted'),
      read_at: erase('rows deleted'),
    },
  },
  offers: {
    purpose: 'Offers (スカウト): a client invites a worker to a job.',
    retention: 'Kept for the other party; pending ones end at withdrawal (declined or cancelled) and the other side is told.',
    columns: {
      id: keep('not-personal'),
      job_id: keep('not-personal'),
      client_id: keep('pseudonymous', 'kept: points to the tombstone'),
      worker_id: keep('pseudonymous', 'kept: points to the tombstone'),
      message: keep('public-content', 'kept: the worker received it'),
      amount: keep('not-personal'),
      status: keep('not-personal', 'pending ones end'),
      decline_reason: keep('public-content'),
      expires_at: keep('not-personal'),
      decided_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  attachments: {
    purpose: 'Files attached to applications, messages and competition entries, stored under the data directory.',
    retention: 'Until withdrawal of their owner: rows and files are deleted.',
    columns: {
      id: erase('row and file deleted'),
      owner_id: erase('row and file deleted'),
      filename: erase('row and file deleted'),
      content_type: erase('row and file deleted'),
      size_bytes: erase('row and file deleted'),
      sha256: erase('row and file deleted'),
      storage_key: erase('row and file deleted'),
      message_id: erase('row and file deleted'),
      application_id: erase('row and file deleted'),
      entry_id: erase('row and file deleted'),
      submission_id: erase('row and file deleted'),
      created_at: erase('row and file deleted'),
    },
  },
  competition_entries: {
    purpose: 'Entries to competitions (コンペ).',
    retention: 'Kept for the client; their files go with the entrant at withdrawal.',
    columns: {
      id: keep('not-personal'),
      job_id: keep('not-personal'),
      worker_id: keep('pseudonymous', 'kept: points to the tombstone'),
      title: keep('public-content'),
      description: keep('public-content'),
      status: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  task_submissions: {
    purpose: 'Work submitted to task postings (タスク), approved or rejected one by one.',
    retention: 'Kept for the client and for the accounting of approved work; files go with the worker at withdrawal.',
    columns: {
      id: keep('not-personal'),
      job_id: keep('not-personal'),
      worker_id: keep('pseudonymous', 'kept: points to the tombstone'),
      body: keep('public-content', 'kept: work delivered to the client'),
      status: keep('not-personal'),
      reject_reason: keep('public-content', 'kept: written to the worker'),
      decided_by: keep('not-personal'),
      decided_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  job_escrows: {
    purpose: 'The escrowed budget of a task or competition posting and how it ended.',
    retention: 'Kept 7 years after the posting ends (accounting records under the tax law), without personal data.',
    columns: {
      job_id: keep('not-personal'),
      client_id: keep('pseudonymous', 'kept: points to the tombstone'),
      kind: keep('not-personal'),
      status: keep('not-personal'),
      units: keep('retained', 'kept: accounting record'),
      unit_price: keep('retained', 'kept: accounting record'),
      unit_tax: keep('retained', 'kept: accounting record'),
      client_fee: keep('retained', 'kept: accounting record'),
      client_fee_tax: keep('retained', 'kept: accounting record'),
      worker_fee: keep('retained', 'kept: accounting record'),
      worker_fee_tax: keep('retained', 'kept: accounting record'),
      worker_net: keep('retained', 'kept: accounting record'),
      unit_escrow: keep('retained', 'kept: accounting record'),
      total: keep('retained', 'kept: accounting record'),
      allow_no_winner: keep('not-personal'),
      judge_by: keep('not-personal'),
      selection_due_at: keep('not-personal'),
      outcome: keep('not-personal'),
      winner_entry_id: keep('not-personal'),
      no_winner_reason: keep('public-content', 'kept: shown to the entrants'),
      funded_at: keep('not-personal'),
      closed_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  work_rewards: {
    purpose: 'Every payment to a worker for task or competition work, with its fees (statements, yearly summary).',
    retention: 'Kept 7 years (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      job_id: keep('not-personal'),
      worker_id: keep('pseudonymous', 'kept: points to the tombstone'),
      kind: keep('not-personal'),
      submission_id: keep('not-personal'),
      entry_id: keep('not-personal'),
      gross: keep('retained', 'kept: accounting record'),
      tax: keep('retained', 'kept: accounting record'),
      worker_fee: keep('retained', 'kept: accounting record'),
      worker_fee_tax: keep('retained', 'kept: accounting record'),
      worker_net: keep('retained', 'kept: accounting record'),
      created_at: keep('not-personal'),
    },
  },
  contracts: {
    purpose: 'Contracts (契約) between a client and a worker.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      job_id: keep('not-personal'),
      service_order_id: keep('not-personal'),
      acceptance_days: keep('not-personal'),
      application_id: keep('not-personal'),
      offer_id: keep('not-personal'),
      client_id: keep('pseudonymous', 'kept: points to the tombstone'),
      worker_id: keep('pseudonymous', 'kept: points to the tombstone'),
      title: keep('public-content'),
      status: keep('not-personal'),
      withholding: keep('retained', 'kept: accounting record'),
      pending_terms: keep('not-personal'),
      terms_version: keep('not-personal'),
      created_at: keep('not-personal'),
      started_at: keep('not-personal'),
      ended_at: keep('not-personal'),
      reviews_revealed_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  service_orders: {
    purpose: 'Orders of a service (取引): the package, options and terms bought, copied when the order was placed.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      service_id: keep('not-personal'),
      buyer_id: keep('pseudonymous', 'kept: points to the tombstone'),
      seller_id: keep('pseudonymous', 'kept: points to the tombstone'),
      service_title: keep('public-content'),
      package_id: keep('not-personal'),
      quote_id: keep('not-personal'),
      package_name: keep('public-content'),
      package_price: keep('retained', 'kept: accounting record'),
      delivery_days: keep('not-personal'),
      revisions: keep('not-personal'),
      includes: keep('public-content'),
      options: keep('public-content'),
      buyer_request: keep('public-content'),
      price: keep('retained', 'kept: accounting record'),
      acceptance_days: keep('not-personal'),
      delivery_date: keep('not-personal'),
      method: keep('not-personal'),
      created_at: keep('not-personal'),
    },
  },
  service_inquiries: {
    purpose: 'Quote requests (見積り相談): a buyer asking the seller about a service; the messages are in its thread.',
    retention: 'Kept for the other party with its thread; the withdrawn member shows as 「退会済みユーザー」.',
    columns: {
      id: keep('not-personal'),
      service_id: keep('not-personal'),
      buyer_id: keep('pseudonymous', 'kept: points to the tombstone'),
      seller_id: keep('pseudonymous', 'kept: points to the tombstone'),
      created_at: keep('not-personal'),
    },
  },
  held_items: {
    purpose:
      'Writes screening caught (contact details, invitations to deal outside) that their author sent for staff review with a reason.',
    retention:
      'Kept with the decision for staff accountability. At the author’s withdrawal a pending item is discarded (never a blocker) and every item’s text, findings and reason are emptied.',
    columns: {
      id: keep('not-personal'),
      kind: keep('not-personal'),
      author_id: keep('pseudonymous', 'kept: points to the tombstone'),
      target_type: keep('not-personal'),
      target_id: keep('pseudonymous', 'kept: the thread, job or service the write was for'),
      input: erase('emptied ({})'),
      findings: erase('emptied ([])'),
      reason: erase('emptied'),
      status: keep('not-personal', 'kept; pending becomes discarded'),
      decided_by: keep('pseudonymous', 'kept: the staff member who decided'),
      decision_note: erase('set to null'),
      failure_code: keep('not-personal'),
      created_at: keep('not-personal'),
      decided_at: keep('not-personal', 'kept; set when a pending item is discarded'),
    },
  },
  contact_requests: {
    purpose:
      'サービス外連絡申請: a party to a contract asks staff to allow contact details in that contract’s thread, with a reason.',
    retention: 'Kept with the contract, for both parties and staff. At the requester’s withdrawal the reason text is emptied.',
    columns: {
      id: keep('not-personal'),
      contract_id: keep('not-personal'),
      requester_id: keep('pseudonymous', 'kept: points to the tombstone'),
      reason_kind: keep('not-personal'),
      reason: erase('emptied'),
      status: keep('not-personal'),
      decided_by: keep('pseudonymous', 'kept: the staff member who decided'),
      decision_note: keep('not-personal', 'kept: written by staff about the request, shown to both parties'),
      created_at: keep('not-personal'),
      decided_at: keep('not-personal'),
    },
  },
  service_quotes: {
    purpose: 'Quotes (見積り) a seller sent in a quote request: price, days, revisions, what is included, valid until.',
    retention:
      'Kept for the other party. At the buyer’s withdrawal their open quotes end; at the seller’s (open quotes block it) what each included is emptied — an order bought from one keeps its own copy.',
    columns: {
      id: keep('not-personal'),
      inquiry_id: keep('not-personal'),
      service_id: keep('not-personal'),
      buyer_id: keep('pseudonymous', 'kept: points to the tombstone'),
      seller_id: keep('pseudonymous', 'kept: points to the tombstone'),
      price: keep('not-personal'),
      delivery_days: keep('not-personal'),
      revisions: keep('not-personal'),
      includes: erase('emptied at the seller’s withdrawal'),
      valid_until: keep('not-personal'),
      expires_at: keep('not-personal'),
      status: keep('not-personal', 'open ones end'),
      ended_at: keep('not-personal'),
      created_at: keep('not-personal'),
    },
  },
  service_tips: {
    purpose: 'Tips (おひねり) the buyer of an order sent its seller, with the fees on both sides and an optional message.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      order_id: keep('not-personal'),
      contract_id: keep('not-personal'),
      buyer_id: keep('pseudonymous', 'kept: points to the tombstone'),
      seller_id: keep('pseudonymous', 'kept: points to the tombstone'),
      amount: keep('retained', 'kept: accounting record'),
      buyer_fee: keep('retained', 'kept: accounting record'),
      buyer_fee_tax: keep('retained', 'kept: accounting record'),
      total: keep('retained', 'kept: accounting record'),
      seller_fee: keep('retained', 'kept: accounting record'),
      seller_fee_tax: keep('retained', 'kept: accounting record'),
      seller_net: keep('retained', 'kept: accounting record'),
      message: keep('public-content'),
      method: keep('retained', 'kept: accounting record'),
      created_at: keep('not-personal'),
      paid_at: keep('not-personal'),
    },
  },
  milestones: {
    purpose: 'Milestones of a contract with their money split (amount, tax, fees, withholding, net).',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: Object.fromEntries(
      [
        'id',
        'contract_id',
        'position',
        'title',
        'amount',
        'tax',
        'client_fee',
        'client_fee_tax',
        'worker_fee',
        'worker_fee_tax',
        'withholding',
        'worker_net',
        'escrow',
        'due_date',
        'status',
        'delivery_count',
        'delivered_at',
        'auto_accept_at',
        'delivery_message_id',
        'funded_at',
        'accepted_at',
        'paid_at',
        'closed_at',
        'created_at',
        'updated_at',
      ].map((c) => [c, keep('retained', 'kept: accounting record')]),
    ),
  },
  contract_events: {
    purpose: 'The timeline of each contract: every transition, who took it (role and id) and when.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      contract_id: keep('not-personal'),
      milestone_id: keep('not-personal'),
      action: keep('not-personal'),
      actor_role: keep('not-personal'),
      actor_id: keep('pseudonymous', 'kept: points to the tombstone'),
      detail: keep('public-content', 'kept: amounts, dates and the reasons the parties gave each other'),
      created_at: keep('not-personal'),
    },
  },
  contract_documents: {
    purpose: 'The written terms (取引条件明示書) each party received, one version per change.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      contract_id: keep('not-personal'),
      kind: keep('not-personal'),
      version: keep('not-personal'),
      body: keep('retained', 'kept: names the parties by username only (the tombstone), accounting record'),
      created_at: keep('not-personal'),
    },
  },
  deposits: {
    purpose:
      'Money a client sends to fund a milestone or a task / competition posting, or to pay a tip (おひねり) (bank transfer or card), with its transfer reference.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      milestone_id: keep('not-personal'),
      contract_id: keep('not-personal'),
      job_id: keep('not-personal'),
      tip_id: keep('not-personal'),
      client_id: keep('pseudonymous', 'kept: points to the tombstone'),
      method: keep('retained', 'kept: accounting record'),
      reference: keep('retained', 'kept: matches the bank statement'),
      amount: keep('retained', 'kept: accounting record'),
      status: keep('not-personal'),
      provider_ref: keep('retained', 'kept: matches the payment provider'),
      created_at: keep('not-personal'),
      confirmed_at: keep('not-personal'),
      confirmed_by: keep('pseudonymous', 'kept: the staff member who confirmed'),
      cancelled_at: keep('not-personal'),
      provider_details: keep('retained', 'kept: the payment numbers of an accounting record (no name or address)'),
      payment_expires_at: keep('not-personal'),
      failure_code: keep('not-personal'),
    },
  },
  payment_events: {
    purpose:
      'Each event the payment provider (Stripe) sent, stored once by its id so a redelivered event is never applied twice: its type, the deposit and payment it concerns, and what was done.',
    retention: 'Kept 7 years with the deposits (accounting records under the tax law); holds no personal data.',
    columns: {
      id: keep('not-personal'),
      provider: keep('not-personal'),
      type: keep('not-personal'),
      deposit_id: keep('not-personal'),
      provider_ref: keep('retained', 'kept: matches the payment provider'),
      outcome: keep('not-personal'),
      detail: keep('not-personal'),
      received_at: keep('not-personal'),
    },
  },
  termination_proposals: {
    purpose: 'Proposals to end a contract early (途中解消) with a settlement of the escrow.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      contract_id: keep('not-personal'),
      proposer_id: keep('pseudonymous', 'kept: points to the tombstone'),
      proposer_role: keep('not-personal'),
      reason: keep('public-content', 'kept: written to the other party'),
      settlement: keep('retained', 'kept: accounting record'),
      status: keep('not-personal'),
      respond_by: keep('not-personal'),
      refusal_reason: keep('public-content', 'kept: written to the other party'),
      created_at: keep('not-personal'),
      decided_at: keep('not-personal'),
    },
  },
  disputes: {
    purpose: 'Disputes staff settle, with the settlement and the reason staff gave.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      contract_id: keep('not-personal'),
      opened_by: keep('pseudonymous', 'kept: points to the tombstone'),
      opener_role: keep('not-personal'),
      reason: keep('public-content', 'kept: written to staff and the other party'),
      status: keep('not-personal'),
      settlement: keep('retained', 'kept: accounting record'),
      settled_by: keep('pseudonymous', 'kept: the staff member who settled'),
      settlement_note: keep('retained', 'kept: the reason for the decision'),
      created_at: keep('not-personal'),
      settled_at: keep('not-personal'),
    },
  },
  reviews: {
    purpose: 'Reviews (評価) both ways after a contract, revealed together.',
    retention:
      'Kept with the contract; shown under 「退会済みユーザー」 when the author leaves, and no longer on the profile of a member who left. The seller’s answer (返信) to a buyer’s review of an order is erased when the seller leaves.',
    columns: {
      id: keep('not-personal'),
      contract_id: keep('not-personal'),
      reviewer_id: keep('pseudonymous', 'kept: points to the tombstone'),
      reviewee_id: keep('pseudonymous', 'kept: points to the tombstone'),
      reviewer_role: keep('not-personal'),
      skill: keep('public-content'),
      quality: keep('public-content'),
      schedule: keep('public-content'),
      communication: keep('public-content'),
      partnership: keep('public-content'),
      comment: keep('public-content'),
      created_at: keep('not-personal'),
      // The seller's own words about their service, emptied like its description when they leave.
      answer: erase('set to null when the seller (the reviewee) withdraws'),
      answered_at: erase('set to null when the seller (the reviewee) withdraws'),
      hidden_at: keep('not-personal', 'kept: staff hid the review (moderation)'),
      hidden_by: keep('pseudonymous', 'kept: the staff member who hid it'),
    },
  },
  ledger_accounts: {
    purpose:
      'Ledger accounts with cached balances: the outside world, escrow per milestone, earnings per worker, platform fees, tax and withholding payable.',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('pseudonymous', 'kept: an earnings account is named by the member id'),
      user_id: keep('pseudonymous', 'kept: points to the tombstone'),
      balance: keep('retained', 'kept: accounting record'),
      created_at: keep('not-personal'),
    },
  },
  ledger_balance_slots: {
    purpose:
      "Parts of the cached balance of the service's own accounts (outside world, platform fees, tax and withholding payable), one per database connection slot.",
    retention: 'Kept as long as the ledger; holds no personal data.',
    columns: {
      account_id: keep('not-personal'),
      slot: keep('not-personal'),
      balance: keep('not-personal'),
    },
  },
  ledger_transactions: {
    purpose: 'Ledger transactions, one per business key (append-only).',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      key: keep('not-personal'),
      kind: keep('not-personal'),
      contract_id: keep('not-personal'),
      milestone_id: keep('not-personal'),
      job_id: keep('not-personal'),
      created_at: keep('not-personal'),
    },
  },
  ledger_entries: {
    purpose: 'Ledger entries: the signed movement of each account in a transaction (append-only, sum to zero).',
    retention: 'Kept 7 years after the contract ends (accounting records under the tax law), without personal data.',
    columns: {
      id: keep('not-personal'),
      transaction_id: keep('not-personal'),
      account_id: keep('pseudonymous', 'kept: an earnings account is named by the member id'),
      amount: keep('retained', 'kept: accounting record'),
      created_at: keep('not-personal'),
    },
  },
  idempotency_keys: {
    purpose: 'The first answer to a money-moving request, replayed when it is retried with the same Idempotency-Key.',
    retention:
      'One day (purged by the retention task); the member’s own rows are deleted at withdrawal, and in other members’ rows (an answer about a contract with them) the member’s display name is replaced by 「退会済みユーザー」.',
    columns: {
      user_id: erase('rows deleted'),
      key: erase('rows deleted'),
      request_hash: erase('rows deleted'),
      status_code: erase('rows deleted'),
      response: erase('own rows deleted; the display name replaced by 「退会済みユーザー」 in other members’ rows'),
      created_at: erase('rows deleted'),
    },
  },
  bank_accounts: {
    purpose: 'Where a member is paid (振込先口座). Number and holder name sealed with AES-256-GCM.',
    retention: 'Until the member changes it or withdraws.',
    columns: {
      user_id: erase('row deleted'),
      bank_code: erase('row deleted'),
      bank_name: erase('row deleted'),
      branch_code: erase('row deleted'),
      branch_name: erase('row deleted'),
      account_type: erase('row deleted'),
      number_hint: erase('row deleted'),
      sealed: erase('row deleted'),
      created_at: erase('row deleted'),
      updated_at: erase('row deleted'),
    },
  },
  payout_batches: {
    purpose: 'Batches of payouts sent to the bank as one Zengin transfer file.',
    retention: 'Kept 7 years (accounting records).',
    columns: {
      id: keep('not-personal'),
      payment_date: keep('not-personal'),
      created_by: keep('pseudonymous', 'kept: the staff member who built it'),
      created_at: keep('not-personal'),
    },
  },
  payout_requests: {
    purpose: 'Payout requests (振込申請): amount, fee, schedule, state, and the destination copied (sealed) when requested.',
    retention:
      'Kept 7 years (accounting records under the tax law); the sealed destination is erased once settled and the member has left.',
    columns: {
      id: keep('not-personal'),
      number: keep('not-personal'),
      user_id: keep('pseudonymous', 'kept: points to the tombstone'),
      amount: keep('retained', 'kept: accounting record'),
      fee: keep('retained', 'kept: accounting record'),
      net: keep('retained', 'kept: accounting record'),
      final: keep('not-personal'),
      status: keep('not-personal'),
      scheduled_date: keep('not-personal'),
      batch_id: keep('not-personal'),
      bank_code: keep('retained', 'kept: accounting record of where money went'),
      branch_code: keep('retained', 'kept: accounting record of where money went'),
      account_type: keep('retained', 'kept: accounting record of where money went'),
      number_hint: keep('retained', 'kept: the last 3 digits, accounting record'),
      sealed: erase('set to null once the request is settled'),
      failure_reason: keep('not-personal'),
      requested_at: keep('not-personal'),
      batched_at: keep('not-personal'),
      paid_at: keep('not-personal'),
      failed_at: keep('not-personal'),
    },
  },
  payout_settings: {
    purpose: 'Whether a member has the whole earnings balance paid out on every payment date (自動出金).',
    retention: 'Until withdrawal.',
    columns: {
      user_id: erase('row deleted'),
      automatic: erase('row deleted'),
      updated_at: erase('row deleted'),
    },
  },
  automatic_payout_runs: {
    purpose:
      'One row per member and payment date once the automatic payout run has looked at them (automatic payouts and the 60-day rule): the request made, or why the balance was kept.',
    retention: 'Kept 7 years with the payout requests (accounting records under the tax law), without personal data.',
    columns: {
      user_id: keep('pseudonymous', 'kept: points to the tombstone'),
      payment_date: keep('not-personal'),
      reason: keep('not-personal'),
      outcome: keep('not-personal'),
      payout_request_id: keep('not-personal'),
      amount: keep('retained', 'kept: accounting record'),
      created_at: keep('not-personal'),
    },
  },
  payee_identities: {
    purpose:
      'The legal name (氏名) and address (住所) of a worker paid with withholding tax, which the yearly payment record (支払調書) names; shown to the clients who paid them with withholding.',
    retention:
      'Until withdrawal. A member paid with withholding tax: kept until 31 January seven years after the last such year (the payer keeps the 支払調書 for 7 years under the tax law), then purged by the retention job; without withheld payments the row is deleted at withdrawal.',
    columns: {
      user_id: keep('pseudonymous', 'row deleted at withdrawal, or kept with the row until retained_until'),
      legal_name: keep('retained', 'row deleted at withdrawal, or kept for the 支払調書 until retained_until'),
      address: keep('retained', 'row deleted at withdrawal, or kept for the 支払調書 until retained_until'),
      updated_at: keep('not-personal'),
      retained_until: keep('not-personal', 'set at withdrawal when a 支払調書 must be kept'),
    },
  },
  scheduled_withdrawals: {
    purpose: 'A withdrawal (予約退会) waiting for the last payout to be transferred: the reasons and choices given.',
    retention: 'Until the withdrawal completes or is cancelled (the reasons then go to withdrawal_reasons unlinked).',
    columns: {
      user_id: erase('row deleted'),
      reasons: erase('row deleted'),
      other_reason: erase('row deleted'),
      erase_now: erase('row deleted'),
      requested_at: erase('row deleted'),
    },
  },
  services: {
    purpose:
      'Skill services (出品) a seller offers: public while published or paused (受付停止); a seller with a published or paused service cannot withdraw until it is hidden (非公開).',
    retention:
      'Kept as the subject of its orders and reviews. At withdrawal every service of the seller is hidden for good and the seller’s own words about it (description, FAQ, buyer request, tags) are emptied; the title stays for the orders and reviews that name it.',
    columns: {
      id: keep('not-personal'),
      seller_id: keep('pseudonymous', 'kept: points to the tombstone'),
      seller_active: keep('not-personal', "follows the seller's status (false once withdrawn)"),
      status: keep('not-personal', "set to 'hidden'"),
      hidden_reason: keep('not-personal', "set to 'withdrawal'"),
      title: keep('public-content', 'kept: orders and reviews name the service'),
      category: keep('not-personal'),
      tags: erase('emptied'),
      description: erase('emptied'),
      faq: erase('emptied'),
      buyer_request: erase('emptied'),
      capacity: keep('not-personal'),
      acceptance_days: keep('not-personal'),
      price_from: keep('not-personal'),
      delivery_days_from: keep('not-personal'),
      rating_average: keep('not-personal'),
      rating_count: keep('not-personal'),
      orders_completed: keep('not-personal'),
      version: keep('not-personal'),
      search_text: erase('emptied'),
      search_tokens: erase('emptied'),
      published_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  service_packages: {
    purpose:
      'The packages of a service (ベーシック, スタンダード, プレミアム): price, delivery days, revisions, what is included.',
    retention:
      'Kept with the service: orders were placed on these terms. A package dropped by an edit is marked removed, not deleted.',
    columns: {
      id: keep('not-personal'),
      service_id: keep('not-personal'),
      position: keep('not-personal'),
      name: keep('not-personal'),
      price: keep('not-personal'),
      delivery_days: keep('not-personal'),
      revisions: keep('not-personal'),
      includes: keep('public-content', 'kept: the terms orders were placed on'),
      removed_at: keep('not-personal'),
      created_at: keep('not-personal'),
    },
  },
  service_options: {
    purpose: 'Paid options (有料オプション) of a service: title, price, extra days.',
    retention: 'Kept with the service, as its packages.',
    columns: {
      id: keep('not-personal'),
      service_id: keep('not-personal'),
      position: keep('not-personal'),
      title: keep('public-content', 'kept: the terms orders were placed on'),
      price: keep('not-personal'),
      extra_days: keep('not-personal'),
      removed_at: keep('not-personal'),
      created_at: keep('not-personal'),
    },
  },
  service_images: {
    purpose: 'Which uploaded images a service shows, in order.',
    retention: 'Until the seller withdraws: the links are deleted with the files.',
    columns: {
      attachment_id: erase('row deleted, then the file with the attachment'),
      service_id: erase('row deleted'),
      position: erase('row deleted'),
    },
  },
  favourites: {
    purpose: 'Postings, services and members a member keeps to come back to (お気に入り).',
    retention: 'Until the member removes them or withdraws; favourites of a member go when that member withdraws.',
    columns: {
      user_id: erase('row deleted'),
      kind: erase('row deleted'),
      target_id: erase('row deleted (also when the member it names withdraws)'),
      created_at: erase('row deleted'),
    },
  },
  member_blocks: {
    purpose:
      'Members a member blocked (ブロック): the two may not apply, scout, message outside a contract, quote or buy between them.',
    retention: 'Until the blocker unblocks, or either member withdraws.',
    columns: {
      blocker_id: erase('row deleted (when either member withdraws)'),
      blocked_id: erase('row deleted (when either member withdraws)'),
      created_at: erase('row deleted'),
    },
  },
  member_flags: {
    purpose:
      'Flags for staff: a member whose email matches a former member who withdrew within five years (第9条), and contracts with such a member; resolved by staff with a note. Never a refusal by itself.',
    retention: 'Until the member withdraws (the audit log keeps what staff did); resolved flags stay with the account.',
    columns: {
      id: keep('not-personal'),
      kind: erase('row deleted'),
      user_id: erase('row deleted'),
      contract_id: erase('row deleted'),
      withdrawn_on: erase('row deleted: ties the member to an earlier account'),
      created_at: erase('row deleted'),
      resolved_by: erase('row deleted'),
      resolved_at: erase('row deleted'),
      resolution_note: erase('row deleted: staff’s words about the member'),
    },
  },
  saved_searches: {
    purpose: 'Job and service searches a member keeps (保存した検索条件), to be told of new matches.',
    retention: 'Until the member deletes them or withdraws.',
    columns: {
      id: erase('row deleted'),
      user_id: erase('row deleted'),
      kind: erase('row deleted'),
      name: erase('row deleted'),
      query: erase('row deleted'),
      notify: erase('row deleted'),
      created_at: erase('row deleted'),
      updated_at: erase('row deleted'),
    },
  },
  saved_search_matches: {
    purpose: 'Which new postings and services matched a saved search (told once in-app, listed once in a digest).',
    retention: 'As long as the saved search.',
    columns: {
      saved_search_id: erase('row deleted with the saved search'),
      target_id: erase('row deleted with the saved search'),
      user_id: erase('row deleted with the saved search'),
      matched_at: erase('row deleted with the saved search'),
      digested_at: erase('row deleted with the saved search'),
    },
  },
  saved_search_digests: {
    purpose: 'The days a member was sent the digest mail of saved-search matches (at most one a day).',
    retention: 'Until withdrawal.',
    columns: {
      user_id: erase('row deleted'),
      day: erase('row deleted'),
      match_count: erase('row deleted'),
      sent_at: erase('row deleted'),
    },
  },
  reports: {
    purpose:
      'Reports (通報) by members about a member, posting, service, message or review, with a snapshot of the reported content taken when reported (the evidence), and staff’s outcome citing an article of the terms.',
    retention:
      'Kept when either member withdraws: the reported member’s history is what staff weigh, and the direct-deal rule (第7条) outlives withdrawal by 5 years. The reporter’s own note is erased when the reporter withdraws; the snapshot is kept as evidence (it is content the reported member showed to others). Purging after 5 years is not yet automated.',
    columns: {
      id: keep('not-personal'),
      reporter_id: keep('pseudonymous', 'kept: points to the tombstone'),
      target_kind: keep('not-personal'),
      target_id: keep('pseudonymous'),
      target_user_id: keep('pseudonymous', 'kept: points to the tombstone; the member’s history'),
      reason: keep('not-personal'),
      note: erase("set to '' when the reporter withdraws"),
      snapshot: keep('retained', 'kept 5 years: evidence of what was reported (第7条 applies 5 years after withdrawal)'),
      status: keep('not-personal'),
      article: keep('not-personal'),
      outcome_note: keep('retained', 'kept: staff’s reasons, part of the due-process record'),
      decided_by: keep('pseudonymous'),
      decided_at: keep('not-personal'),
      created_at: keep('not-personal'),
    },
  },
  consultations: {
    purpose:
      'The consultation desk (ハラスメント等の相談窓口, フリーランス・事業者間取引適正化等法 第14条): what a member consulted staff about, optionally naming one of their contracts, and staff’s answer. Confidential: never shown to the other party of the contract.',
    retention:
      'Until withdrawal. At withdrawal the member’s description and staff’s answer are erased and an open consultation is closed; the category, status and dates stay as the record that the desk received and handled it.',
    columns: {
      id: keep('not-personal'),
      member_id: keep('pseudonymous', 'kept: points to the tombstone'),
      category: keep('not-personal'),
      description: erase("set to ''"),
      contract_id: keep('pseudonymous'),
      status: keep('not-personal', "set to 'closed'"),
      answer: erase("set to '' (staff’s answer may repeat what the member told)"),
      answered_by: keep('pseudonymous'),
      answered_at: keep('not-personal'),
      created_at: keep('not-personal'),
      updated_at: keep('not-personal'),
    },
  },
  moderation_actions: {
    purpose: 'Warnings and removals staff made, each citing an article of the terms: the member’s moderation history.',
    retention:
      'Kept 5 years after the member withdraws, as the record of what the member was told and why (第7条 outlives withdrawal by 5 years). Purging is not yet automated.',
    columns: {
      id: keep('not-personal'),
      user_id: keep('pseudonymous', 'kept: points to the tombstone'),
      report_id: keep('not-personal'),
      kind: keep('not-personal'),
      article: keep('not-personal'),
      note: keep('retained', 'kept: staff’s reasons, part of the due-process record'),
      content_kind: keep('not-personal'),
      content_id: keep('pseudonymous'),
      content_excerpt: keep('retained', 'kept 5 years: evidence of the content acted on'),
      actor_id: keep('pseudonymous'),
      created_at: keep('not-personal'),
    },
  },
  account_restrictions: {
    purpose:
      'Account restrictions (利用制限: posting, messaging, suspended) with their rule, reason, evidence and end, their lifting, and the member’s one appeal and its decision.',
    retention:
      'Kept 5 years after the member withdraws: a restriction is the record of a breach, and the direct-deal rule (第7条) and the former-member check apply for 5 years. The member’s own appeal text is erased at withdrawal (the decision and staff’s note stay). Purging is not yet automated.',
    columns: {
      id: keep('not-personal'),
      user_id: keep('pseudonymous', 'kept: points to the tombstone'),
      kind: keep('not-personal'),
      article: keep('not-personal'),
      reason: keep('retained', 'kept 5 years: why the account was restricted'),
      evidence_report_ids: keep('not-personal'),
      evidence_text: keep('retained', 'kept 5 years: the evidence staff cited'),
      starts_at: keep('not-personal'),
      ends_at: keep('not-personal'),
      created_by: keep('pseudonymous'),
      created_at: keep('not-personal'),
      lifted_at: keep('not-personal'),
      lifted_by: keep('pseudonymous'),
      lift_reason: keep('retained', 'kept: staff’s reasons'),
      appeal_text: erase("set to '' when the member withdraws"),
      appealed_at: keep('not-personal'),
      appeal_decision: keep('not-personal'),
      appeal_note: keep('retained', 'kept: staff’s reasons'),
      appeal_decided_by: keep('pseudonymous'),
      appeal_decided_at: keep('not-personal'),
    },
  },
  kysely_migration: {
    purpose: 'Which migrations have run.',
    retention: 'Forever.',
    columns: { name: keep('not-personal'), timestamp: keep('not-personal') },
  },
  kysely_migration_lock: {
    purpose: 'Migration lock.',
    retention: 'Forever.',
    columns: { id: keep('not-personal'), is_locked: keep('not-personal') },
  },
};

/**
 * The member's copy of their data (GET /api/v1/me/export): for every table of the map,
 * either the export `section` that holds the member's rows, found by `member` (an SQL
 * condition on the table's rows, `$user` standing for the member's id), or why the table
 * is not exported. A test fills every exported table for one member and fails when one
 * of their rows is missing from its section.
 */
export type ExportPolicy =
  | {
      section: string;
      member: string;
      /** The column that names the row in the export (default `id`); null when the id is itself a secret. */
      key?: string | null;
    }
  | { excluded: string };

const mine = (section: string, column = 'user_id'): ExportPolicy => ({ section, member: `${column} = $user` });
const ofMyContracts = (section = 'contracts'): ExportPolicy => ({
  section,
  member: 'contract_id in (select id from contracts where client_id = $user or worker_id = $user)',
});
const ofMyThreads: ExportPolicy = {
  section: 'threads',
  member: 'thread_id in (select thread_id from thread_members where user_id = $user)',
};
const myEarnings = 'select id from ledger_accounts where user_id = $user';

export const EXPORT_MAP: Record<string, ExportPolicy> = {
  users: mine('account', 'id'),
  profiles: mine('profile'),
  // A session's id is the hash of its cookie token: the export lists the devices, not the ids.
  sessions: { ...mine('loginSessions'), key: null },
  auth_tokens: { excluded: 'secrets: one-time link tokens (stored only as hashes); the links were mailed to the member' },
  outbox: { section: 'mails', member: 'user_id = $user' },
  dev_mailbox: { excluded: 'development stand-in for the recipients’ mailboxes; no such table holds anything in production' },
  second_factors: { excluded: 'secrets: the sealed TOTP secret; the member holds it in their authenticator app' },
  recovery_codes: { excluded: 'secrets: hashes of recovery codes the member was shown once' },
  login_throttles: { excluded: 'a keyed hash of an address with failure counts, linked to no account' },
  audit_events: { section: 'activity', member: "actor_user_id = $user or (subject_type = 'user' and subject_id = $user::text)" },
  withdrawal_vault: { excluded: 'exists only after withdrawal, sealed for the undo link' },
  former_members: { excluded: 'a keyed hash and a date, linked to no account' },
  withdrawal_reasons: { excluded: 'kept without any link to the person' },
  queue_tasks: { excluded: 'timers of the service (deadlines, reminders); what they act on is exported' },
  jobs: mine('postings', 'client_id'),
  applications: mine('applications', 'worker_id'),
  threads: { section: 'threads', member: 'id in (select thread_id from thread_members where user_id = $user)' },
  thread_members: mine('threads'),
  messages: ofMyThreads,
  notifications: mine('notifications'),
  offers: { section: 'offers', member: 'client_id = $user or worker_id = $user' },
  attachments: mine('attachments', 'owner_id'),
  competition_entries: mine('competitionEntries', 'worker_id'),
  favourites: { ...mine('favourites'), key: 'target_id' },
  // Only the blocks the member made: those of them are never shown to them (blocking is silent).
  member_blocks: { section: 'blocks', member: 'blocker_id = $user', key: 'blocked_id' },
  member_flags: { excluded: 'staff’s own working notes on a former-member match; the member is told nothing by design (第9条)' },
  saved_searches: mine('savedSearches'),
  saved_search_matches: { section: 'savedSearches', member: 'user_id = $user', key: 'target_id' },
  saved_search_digests: { section: 'savedSearches', member: 'user_id = $user', key: null },
  task_submissions: mine('taskSubmissions', 'worker_id'),
  job_escrows: mine('postings', 'client_id'),
  work_rewards: mine('workRewards', 'worker_id'),
  contracts: { section: 'contracts', member: 'client_id = $user or worker_id = $user' },
  service_orders: { section: 'contracts', member: 'buyer_id = $user or seller_id = $user' },
  service_inquiries: { section: 'quotes', member: 'buyer_id = $user or seller_id = $user' },
  service_quotes: { section: 'quotes', member: 'buyer_id = $user or seller_id = $user' },
  held_items: mine('heldItems', 'author_id'),
  contact_requests: ofMyContracts('contactRequests'),
  service_tips: { section: 'contracts', member: 'buyer_id = $user or seller_id = $user' },
  milestones: ofMyContracts(),
  contract_events: ofMyContracts(),
  contract_documents: ofMyContracts(),
  deposits: mine('deposits', 'client_id'),
  payment_events: { excluded: 'the provider’s notices about deposits, which the export lists; no personal data' },
  termination_proposals: ofMyContracts(),
  disputes: ofMyContracts(),
  // Reviews received are the member's once revealed (both wrote, or the reveal period ended).
  reviews: {
    section: 'reviews',
    member:
      'reviewer_id = $user or (reviewee_id = $user and contract_id in (select id from contracts where reviews_revealed_at is not null))',
  },
  ledger_accounts: mine('earnings'),
  ledger_balance_slots: { excluded: 'the service’s own accounts only' },
  ledger_transactions: {
    section: 'earnings',
    member: `id in (select transaction_id from ledger_entries where account_id in (${myEarnings}))`,
  },
  ledger_entries: { section: 'earnings', member: `account_id in (${myEarnings})` },
  idempotency_keys: { excluded: 'a one-day copy of answers the member already received, kept to answer a retry' },
  bank_accounts: mine('payoutBankAccount'),
  payout_settings: { ...mine('payoutSettings'), key: 'user_id' },
  automatic_payout_runs: { ...mine('automaticPayouts'), key: 'payment_date' },
  payee_identities: { ...mine('payeeIdentity'), key: 'user_id' },
  payout_batches: { excluded: 'staff’s transfer batches; the member’s own transfers are in payoutRequests' },
  payout_requests: mine('payoutRequests'),
  scheduled_withdrawals: mine('scheduledWithdrawal'),
  services: mine('services', 'seller_id'),
  service_packages: { section: 'services', member: 'service_id in (select id from services where seller_id = $user)' },
  service_options: { section: 'services', member: 'service_id in (select id from services where seller_id = $user)' },
  service_images: {
    section: 'services',
    member: 'service_id in (select id from services where seller_id = $user)',
    key: 'attachment_id',
  },
  reports: {
    excluded: 'shown to the reporter on My page (通報の履歴) with their outcome; the reported content is another member’s',
  },
  consultations: {
    excluded: 'shown to the member on My page (相談窓口) with staff’s answers; each answer was also sent as a notice',
  },
  moderation_actions: {
    excluded: 'each warning and removal was sent to the member as a notice and mail, which the export holds',
  },
  account_restrictions: {
    excluded:
      'shown to the member on My page (利用制限) with rule, reason, evidence, end and appeal; each was also sent as a notice and mail',
  },
  kysely_migration: { excluded: 'schema version' },
  kysely_migration_lock: { excluded: 'schema version' },
};

/** Columns that may still hold a withdrawn member's identifiers, and why. */
export const ERASURE_ALLOW_LIST: { table: string; column?: string; why: string }[] = [
  { table: 'users', column: 'username', why: 'the username is reserved forever (tombstone)' },
  { table: 'dev_mailbox', why: 'development stand-in for the recipients’ own mailboxes' },
  {
    table: 'contract_documents',
    column: 'body',
    why: 'the written terms name the parties by username (the tombstone); accounting record',
  },
];

/** Columns that quote public content (a job title, a message) to its recipient. */
export const PUBLIC_CONTENT_COPIES = [
  'outbox.subject',
  'outbox.body_text',
  'notifications.title',
  'notifications.body',
  'notifications.params',
];

export function renderPrivacyDoc(): string {
  const lines = [
    '# Data map (generated)',
    '',
    'Generated from `src/server/db/privacy-map.ts` by `npm run docs:privacy`; a test fails when a column of the live',
    'schema is missing from the map or this file is out of date. Classes: **personal** (erased at withdrawal),',
    '**pseudonymous** (an id or keyed hash), **not-personal**, **public-content**, **retained** (kept on purpose, see',
    'retention).',
    '',
    'Withdrawal keeps on purpose: the username as a tombstone (never reused); a keyed hash of the email and the',
    'withdrawal date for 5 years (the direct-deal rule of the terms); the reasons without any link to the person;',
    'during the undo window (default 14 days) the personal data sealed in `withdrawal_vault`. Accounting records',
    '(contracts, ledger) will be kept 7 years under the tax law, without personal data.',
    '',
    'The data export (`GET /api/v1/me/export`, offered on the withdrawal page) holds the member’s rows of every table',
    'below that says so, in the section named. Secrets are never exported: the password hash, link and session tokens,',
    'and the sealed bank account number and holder name (the export names the account by its bank, branch and last',
    'digits).',
    '',
  ];
  for (const [table, policy] of Object.entries(PRIVACY_MAP)) {
    lines.push(
      `## ${table}`,
      '',
      policy.purpose,
      '',
      `Retention: ${policy.retention}`,
      '',
      '| column | class | at withdrawal |',
      '|---|---|---|',
    );
    for (const [column, c] of Object.entries(policy.columns)) lines.push(`| ${column} | ${c.class} | ${c.onWithdrawal} |`);
    const exported = EXPORT_MAP[table];
    lines.push(
      '',
      exported && 'section' in exported
        ? `Data export: the member's rows in \`${exported.section}\`.`
        : `Data export: not included (${exported?.excluded ?? 'undecided'}).`,
      '',
    );
  }
  lines.push('## Erasure scan allow-list', '');
  for (const a of ERASURE_ALLOW_LIST) lines.push(`- \`${a.table}${a.column ? `.${a.column}` : ''}\`: ${a.why}`);
  lines.push(
    '',
    'Public content a member wrote for others (job titles, proposals, messages) stays where it was written and may be',
    'quoted, in the notifications and mails of its recipients, by:',
    '',
  );
  for (const c of PUBLIC_CONTENT_COPIES) lines.push(`- \`${c}\``);
  return `${lines.join('\n')}\n`;
}
