/**
 * Whether a text is an e-mail address the digest can go to: one pattern for the plan, the sidebar's
 * quick checks and the reminder settings. Deliberately plain: no spaces, quotes, brackets or
 * separators a list could split on; at most 254 characters (RFC 5321).
 */
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}
