import { describe, expect, it } from 'vitest';
import { config } from '../../functions/site.ts';
import { locales } from '../../src/i18n/locales.ts';
import { thanksPath } from '../../src/lib/interest/paths.ts';

describe('the on-demand pages function', () => {
  it('serves exactly the API and the confirmation page of every language', () => {
    expect([config.path].flat().sort()).toEqual(['/api/interest', ...locales.map(thanksPath)].sort());
  });
});
