// Request and response schemas of the account endpoints, shared by server and web.
import { z } from 'zod';
import { DISPLAY_NAME_MAX } from '../../domain/accounts/display-name';
import { checkEmail, EMAIL_MAX } from '../../domain/accounts/email';
import { checkUsername } from '../../domain/accounts/username';
import { WORKER_ACTIONS } from '../../domain/discovery/workers';
import { INTENT_KEYS, OCCUPATION_KEYS, PREFECTURE_CODES, STAFF_ROLES, TIME_OF_DAY_KEYS } from '../labels';
import { httpUrl, line, paragraph, passwordInput, typeError } from './fields';

export const emailInput = z
  .string({ error: typeError })
  .max(EMAIL_MAX, { error: 'email-invalid' })
  .min(1, { error: 'required' })
  .refine((s) => checkEmail(s) === null, { error: 'email-invalid' });

export const usernameInput = z
  .string({ error: typeError })
  .min(1, { error: 'required' })
  .max(64, { error: 'username-invalid' })
  .superRefine((s, ctx) => {
    const issue = checkUsername(s);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });

export const displayNameInput = line(DISPLAY_NAME_MAX, 1).refine((s) => !/\n/.test(s), {
  error: 'display-name-invalid',
});

export const RegisterBody = z.strictObject({
  email: emailInput,
  password: passwordInput,
  username: usernameInput,
  displayName: displayNameInput,
  intent: z.enum(INTENT_KEYS, { error: 'invalid-choice' }),
  acceptTerms: z.literal(true, { error: 'terms-not-accepted' }),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

export const LoginBody = z.strictObject({ email: emailInput, password: passwordInput });
export const TokenBody = z.strictObject({
  token: z.string({ error: typeError }).min(1, { error: 'required' }).max(200, { error: 'too-long' }),
});
export const EmailBody = z.strictObject({ email: emailInput });
export const PasswordResetConfirmBody = z.strictObject({
  token: z.string({ error: typeError }).min(1, { error: 'required' }).max(200, { error: 'too-long' }),
  password: passwordInput,
});
export const ChangePasswordBody = z.strictObject({
  currentPassword: passwordInput,
  newPassword: passwordInput,
});
export const ChangeEmailBody = z.strictObject({ newEmail: emailInput, password: passwordInput });
export const UpdateMeBody = z.strictObject({ displayName: displayNameInput });

/** The language the member's notices and mails are written in. */
export const LocaleBody = z.strictObject({ locale: z.enum(['ja', 'en'], { error: 'invalid' }) });
export type LocaleBody = z.infer<typeof LocaleBody>;

export const ProfileBody = z.strictObject({
  bio: paragraph(2000),
  skills: z.array(line(30, 1), { error: typeError }).max(20, { error: 'too-many' }),
  occupation: z.enum(OCCUPATION_KEYS, { error: 'invalid-choice' }).nullable(),
  hoursPerWeek: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(0, { error: 'too-small' })
    .max(80, { error: 'too-big' })
    .nullable(),
  homeOnly: z.boolean({ error: typeError }),
  timesOfDay: z.array(z.enum(TIME_OF_DAY_KEYS, { error: 'invalid-choice' })).max(5, { error: 'too-many' }),
  prefecture: z.enum(PREFECTURE_CODES, { error: 'invalid-choice' }).nullable(),
  portfolioLinks: z.array(httpUrl, { error: typeError }).max(10, { error: 'too-many' }),
  /** Individual or company (法人): withholding tax (源泉徴収) applies to individuals only. Kept when absent. */
  entityType: z.enum(['individual', 'corporation'], { error: 'invalid-choice' }).optional(),
});
export type ProfileBody = z.infer<typeof ProfileBody>;

/** The number as typed (full-width, hyphens and spaces are fine); null or empty removes it. */
export const InvoiceRegistrationBody = z.strictObject({
  number: z.string({ error: typeError }).max(40, { error: 'too-long' }).nullable(),
});
export const InvoiceRegistration = z.object({
  number: z.string().nullable(),
  /** The digits are not a corporate number (法人番号): fine for a sole proprietor, worth a second look for a company. */
  warning: z.enum(['check-digit-mismatch']).nullable(),
});
export type InvoiceRegistration = z.infer<typeof InvoiceRegistration>;

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  intent: z.enum(INTENT_KEYS),
  staffRole: z.enum(STAFF_ROLES).nullable(),
  createdAt: z.string(),
  /** A scheduled withdrawal (予約退会) is running: nothing new can be started. */
  withdrawing: z.boolean(),
  /** The second factor: on, off, or missing on a staff account (which can do nothing but enrol). */
  secondFactor: z.enum(['on', 'off', 'enrolment-required']),
});
export type Me = z.infer<typeof Me>;

export const SessionInfo = z.object({ user: Me.nullable(), csrfToken: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;

// Responses use plain schemas: input schemas normalise with transforms, which cannot
// serialise.
const ProfileFields = z.object({
  bio: z.string(),
  skills: z.array(z.string()),
  occupation: z.enum(OCCUPATION_KEYS).nullable(),
  hoursPerWeek: z.number().int().nullable(),
  homeOnly: z.boolean(),
  timesOfDay: z.array(z.enum(TIME_OF_DAY_KEYS)),
  prefecture: z.string().nullable(),
  portfolioLinks: z.array(z.string()),
  entityType: z.enum(['individual', 'corporation']),
  /** 適格請求書発行事業者登録番号 ("T" and 13 digits), or null: not registered (インボイス未登録). */
  invoiceNumber: z.string().nullable(),
});
export const Profile = ProfileFields.extend({ updatedAt: z.string().nullable() });
export type Profile = z.infer<typeof Profile>;

export const PublicProfile = z.object({
  username: z.string(),
  displayName: z.string(),
  withdrawn: z.boolean(),
  memberSince: z.string().nullable(),
  profile: ProfileFields.nullable(),
  /** What the viewer may do: `scout` (an offer for one of their open projects). */
  actions: z.array(z.enum(WORKER_ACTIONS)),
});
export type PublicProfile = z.infer<typeof PublicProfile>;

export const DeviceSession = z.object({
  id: z.string(),
  device: z.string(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export const DeviceSessionList = z.object({ sessions: z.array(DeviceSession) });
export type DeviceSession = z.infer<typeof DeviceSession>;

export const Accepted = z.object({ message: z.string() });
export const Ok = z.object({ ok: z.literal(true) });
