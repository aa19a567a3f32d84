// Request and response schemas of the second factor (2段階認証) and of the staff team
// made from the console, shared by server and web.
import { z } from 'zod';
import { checkUsername } from '../../domain/accounts/username';
import { STAFF_ROLES } from '../labels';
import { displayNameInput, emailInput } from './accounts';
import { passwordInput, typeError } from './fields';

const codeInput = z.string({ error: typeError }).min(1, { error: 'required' }).max(20, { error: 'totp-code-wrong' });
const recoveryCodeInput = z.string({ error: typeError }).min(1, { error: 'required' }).max(40, { error: 'totp-code-wrong' });

/** A code from the authenticator app, or (where allowed) one of the recovery codes. */
export const SecondFactorLoginBody = z.union([
  z.strictObject({ code: codeInput }),
  z.strictObject({ recoveryCode: recoveryCodeInput }),
]);
export type SecondFactorLoginBody = z.infer<typeof SecondFactorLoginBody>;

/** The answer to a right password when the account has a second factor: no session yet. */
export const SecondFactorRequired = z.object({ secondFactor: z.literal('required'), csrfToken: z.string() });
export type SecondFactorRequired = z.infer<typeof SecondFactorRequired>;

export const SecondFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  /** Staff accounts must have one: they can set it up again but not turn it off. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatus>;

/** Starting (or, with the password, starting again) an enrolment. */
export const StartEnrolmentBody = z.strictObject({ password: passwordInput.optional() });
export const Enrolment = z.object({
  /** Base32, as an app's "enter a key" asks for it… */
  secret: z.string(),
  /** …in groups of four for reading… */
  secretGrouped: z.string(),
  /** …and as the otpauth:// URI a QR code would hold. */
  uri: z.string(),
  account: z.string(),
});
export type Enrolment = z.infer<typeof Enrolment>;

export const CodeBody = z.strictObject({ code: codeInput });
/** Shown once: the codes are kept only as hashes. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const DisableSecondFactorBody = z.strictObject({ password: passwordInput, code: codeInput });

// The staff team (/staff/team, admin only).
export const StaffMember = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(STAFF_ROLES),
  secondFactor: z.boolean(),
  lastSignInAt: z.string().nullable(),
  /** The password is not set yet (the mailed link was not used). */
  invited: z.boolean(),
  self: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffTeam = z.object({ staff: z.array(StaffMember) });
export type StaffTeam = z.infer<typeof StaffTeam>;

/** Staff names like "staff_tanaka" are fine (members may not take them): only the format is checked. */
const staffUsernameInput = z
  .string({ error: typeError })
  .min(1, { error: 'required' })
  .max(64, { error: 'username-invalid' })
  .refine((s) => checkUsername(s) !== 'username-invalid', { error: 'username-invalid' });
const roleInput = z.enum(STAFF_ROLES, { error: 'invalid-choice' });
export const CreateStaffBody = z.strictObject({
  email: emailInput,
  username: staffUsernameInput,
  displayName: displayNameInput,
  role: roleInput,
});
export type CreateStaffBody = z.infer<typeof CreateStaffBody>;
export const StaffRoleBody = z.strictObject({ role: roleInput });
