import { describe, expect, it } from 'vitest';
import { formatDate, formatEventTime, isUpcoming, monthOf, todayInFinland } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('writes dates as Finnish and Finland-Swedish readers do', () => {
    expect(formatDate('2027-02-01')).toBe('1.2.2027');
    expect(formatDate('2027-12-24T18:00')).toBe('24.12.2027');
    expect(() => formatDate('1.2.2027')).toThrow('Not a date: 1.2.2027');
  });

  it('formats an event on one day in each language', () => {
    expect(formatEventTime('2027-01-20T14:00', '2027-01-20T15:30', 'fi')).toBe('ke 20.1.2027 klo 14.00–15.30');
    expect(formatEventTime('2027-01-20T09:05', '2027-01-20T10:00', 'sv')).toBe('ons 20.1.2027 kl. 9.05–10.00');
  });

  it('formats an event over two days with both days', () => {
    expect(formatEventTime('2027-03-05T16:00', '2027-03-06T12:00', 'fi')).toBe(
      'pe 5.3.2027 klo 16.00 – la 6.3.2027 klo 12.00',
    );
    expect(formatEventTime('2027-03-05T16:00', '2027-03-06T12:00', 'sv')).toBe(
      'fre 5.3.2027 kl. 16.00 – lör 6.3.2027 kl. 12.00',
    );
  });

  it('gives the month of a date', () => {
    expect(monthOf('2027-03-15')).toBe('2027-03');
  });

  it('counts an event as upcoming until its last day has passed, against a given today', () => {
    const event = { end: '2027-01-20T15:30' };
    expect(isUpcoming(event, '2027-01-19')).toBe(true);
    expect(isUpcoming(event, '2027-01-20')).toBe(true);
    expect(isUpcoming(event, '2027-01-21')).toBe(false);
  });

  it('takes today from POLKU_TODAY when set', () => {
    expect(todayInFinland({ POLKU_TODAY: '2027-06-01' })).toBe('2027-06-01');
    expect(() => todayInFinland({ POLKU_TODAY: '1.6.2027' })).toThrow('POLKU_TODAY must be YYYY-MM-DD, got "1.6.2027"');
  });

  it('otherwise uses the date in Finland, not the machine time zone', () => {
    // 22.30 UTC on 31 December is already 1 January in Helsinki (UTC+2).
    expect(todayInFinland({}, new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(todayInFinland({}, new Date('2027-06-30T20:59:00Z'))).toBe('2027-06-30');
    expect(todayInFinland({}, new Date('2027-06-30T21:00:00Z'))).toBe('2027-07-01');
  });
});
