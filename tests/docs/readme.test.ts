/**
 * The README is a newcomer's first map: its folder list matches the tree and
 * its curl example is answered as it says, by the real function on the sample content.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const section = (heading: string): string => {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const next = readme.indexOf('\n## ', start + heading.length + 2);
  return readme.slice(start, next === -1 ? undefined : next);
};

describe('README', () => {
  it('"What is where" names every tracked top-level folder and src/ subfolder, in the tree that exists', () => {
    const block = /```\n([\s\S]*?)```/.exec(section('## What is where'))?.[1] ?? '';
    const listed = (indent: string) =>
      [...block.matchAll(new RegExp(`^${indent}([\\w.-]+)/ `, 'gm'))].map((m) => m[1] as string).sort();
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
    const folders = (under: string) =>
      [
        ...new Set(
          tracked
            .filter((f) => f.startsWith(under) && f.slice(under.length).includes('/'))
            .map((f) => f.slice(under.length).split('/')[0] as string),
        ),
      ].sort();
    expect(listed('')).toEqual(folders(''));
    expect(listed('  ')).toEqual(folders('src/'));
  });

  it('curl example: the sample submission is accepted and goes to the institution the README names', async () => {
    const example = section('### The API');
    const body = /curl -i \S+\/api\/interest[\s\S]*?-d '([^']+)'/.exec(example)?.[1];
    const answer = /# (\{"reference".*\})/.exec(example)?.[1];
    expect(body).toBeDefined();
    expect(answer).toBeDefined();
    const response = await fetch(`${inject('baseUrl')}/api/interest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body ?? '',
    });
    const json = (await response.json()) as { reference: string; institution: unknown };
    expect(response.status, JSON.stringify(json)).toBe(202);
    expect(json.reference).toMatch(/^[A-Z0-9]{8}$/);
    expect(json.institution).toEqual((JSON.parse(answer as string) as { institution: unknown }).institution);
  });
});
