// Email addresses are compared after NFKC (so full-width input matches) and lower-casing.

const EMAIL = /^[^\s\p{Cc}\p{Cf}@"<>()[\]\\,;:]+@[^\s\p{Cc}\p{Cf}@"<>()[\]\\,;:]+\.[^\s\p{Cc}\p{Cf}@"<>()[\]\\,;:]{2,}$/u;
export const EMAIL_MAX = 254;

export function normaliseEmail(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}

export function checkEmail(input: string): 'email-invalid' | null {
  const email = normaliseEmail(input);
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) return 'email-invalid';
  return null;
}
