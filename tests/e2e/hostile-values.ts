/**
 * Hostile inputs for every route and query parameter: long strings, Unicode, markup, path
 * traversal, NUL and other control characters, format strings, huge lists, numbers at the
 * edges. Deterministic, so a failure reproduces.
 */
const BASE = [
  '', ' ', '0', '-1', '1e309', 'NaN', 'Infinity', '2024', '99999', '1999-00', '2008-18', '2008-181',
  '29-2071', '29-20711', '29_2071', '２９-２０７１', '29-2071%00', '29-2071\u0000', '\u0000', '%00', '%2e%2e%2f',
  '../', '../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '....//....//', '/etc/passwd', 'C:\\Windows\\win.ini',
  '<script>alert(1)</script>', '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>", '<svg onload=alert(1)>',
  'javascript:alert(1)', '{{7*7}}', '${7*7}', '%s%s%s%n', "' OR '1'='1", '"; DROP TABLE x; --', '\\', '"', "'", '`',
  '\r\nSet-Cookie: x=1', '\u202e', '\ud83d\ude00', 'e\u0301', '\uffff', '\u2028', 'ü', '漢字', 'العربية', '=cmd|" /C calc"!A0',
  '+1', '@SUM(1+1)', '-2+3', '\t', 'null', 'undefined', 'true', '[]', '{}', '__proto__', 'constructor', 'prototype',
];

function longValues(): string[] {
  return ['a'.repeat(1_000), 'a'.repeat(10_000), '29-2071,'.repeat(2_000), '9'.repeat(5_000), '<'.repeat(3_000), '%'.repeat(2_000)];
}

function codeLists(): string[] {
  const codes = Array.from({ length: 3_000 }, (_, i) => `${String(10 + (i % 45)).padStart(2, '0')}-${String(1000 + i).slice(-4)}`);
  return [codes.join(','), codes.slice(0, 13).join(','), ',,,,', '29-2071,,29-2071,29-2071', '29-2071,<b>x</b>,99-9999'];
}

/** Every hostile value, each also URL-encoded once by the caller. */
export function hostileValues(): string[] {
  const values = [...BASE, ...longValues(), ...codeLists()];
  // Variants: each base value as a suffix to a valid code, and upper-cased.
  for (const v of BASE.slice(0, 40)) values.push(`29-2071${v}`, v.toUpperCase());
  return [...new Set(values)];
}
