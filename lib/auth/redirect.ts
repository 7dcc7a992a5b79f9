/** A same-site path to return to after login, or null (no open redirects). */
export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length > 512) return null;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // Browsers drop tabs and newlines from URLs ("/\t/evil" becomes "//evil"): refuse all control characters.
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  return next;
}
