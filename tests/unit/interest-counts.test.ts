import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/lib/interest/config.ts';
import { tokenMatches } from '../../src/lib/interest/counts-endpoint.ts';
import { addTo, type MonthCounts, previousMonth } from '../../src/lib/interest/counts.ts';
import { csvField, toCsv } from '../../src/lib/interest/csv.ts';
import { monthName } from '../../src/lib/interest/summary.ts';

describe('CSV', () => {
  it('quotes by RFC 4180 and neutralizes formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])
      expect(csvField(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(toCsv(['a', 'b'], [['1', 2]])).toBe('a,b\r\n1,2\r\n');
  });
});

describe('counts', () => {
  it('adds to the matching row or starts one', () => {
    const empty: MonthCounts = { version: 1, institution: 'keuda', month: '2027-01', rows: [] };
    const row = { source: 's', campaign: 'c', training: 't', municipality: 'vantaa' };
    const once = addTo(empty, row);
    const twice = addTo(once, row);
    const other = addTo(twice, { ...row, campaign: 'd' });
    expect(empty.rows).toEqual([]);
    expect(other.rows).toEqual([
      { ...row, count: 2 },
      { ...row, campaign: 'd', count: 1 },
    ]);
  });
  it('knows the previous month across a year and names months in both languages', () => {
    expect(previousMonth(new Date('2027-01-01T06:00:00Z'))).toBe('2026-12');
    expect(previousMonth(new Date('2027-03-31T23:59:00Z'))).toBe('2027-02');
    expect(monthName('2027-01', 'fi')).toBe('tammikuu 2027');
    expect(monthName('2027-01', 'sv')).toBe('januari 2027');
  });
});

describe('counts tokens', () => {
  it('are read per institution and refused when too short', () => {
    const token = 'a'.repeat(32);
    const config = parseConfig({ COUNTS_TOKEN_KEUDA: token });
    expect(config.countsToken('keuda')).toBe(token);
    expect(config.countsToken('careeria')).toBeUndefined();
    expect(() => parseConfig({ COUNTS_TOKEN_KEUDA: 'short' })).toThrow(ConfigError);
    expect(() => parseConfig({ COUNTS_TOKEN_KEUDA: 'short' })).toThrow(/COUNTS_TOKEN_KEUDA/);
  });
  it('compare whole tokens only', () => {
    expect(tokenMatches('x'.repeat(30), 'x'.repeat(30))).toBe(true);
    expect(tokenMatches('x'.repeat(29), 'x'.repeat(30))).toBe(false);
    expect(tokenMatches('', 'x'.repeat(30))).toBe(false);
  });
});
