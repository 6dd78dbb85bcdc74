/**
 * CSV by RFC 4180 (comma, CRLF, fields quoted when they hold a comma, quote or
 * line break, quotes doubled), with spreadsheet formula injection
 * neutralized: a text value starting with = + - @ (or a tab or carriage
 * return, which some spreadsheets skip before a formula) gets a leading '.
 * Small enough that a library would add more than it saves.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number>>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
