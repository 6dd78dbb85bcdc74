/**
 * Content mistakes as an error Astro's dev server shows in the browser: the
 * plain sentences as the message, the content file and line as the location
 * (so the overlay shows that file around the line), and no stack trace,
 * which would point at the site's code and not at the editor's file.
 */
import { join } from 'node:path';
import { formatProblem, type Problem } from './references.ts';

export interface ContentError extends Error {
  title: string;
  hint: string;
  loc?: { file: string; line: number; column: number };
}

export function contentError(problems: readonly Problem[], dir: string): ContentError {
  const count = problems.length === 1 ? 'virhe' : `${problems.length} virhettä`;
  const error = new Error(problems.map(formatProblem).join('\n\n')) as ContentError;
  error.name = 'Sisältövirhe';
  error.title = `Sisällössä on ${count}`;
  error.hint =
    'Korjaa tiedosto ja tallenna se: sivu päivittyy itsestään. Ohjeet virheiden korjaamiseen: docs/editing.md, kohta Virheilmoitukset.';
  const [first] = problems;
  if (first?.line) error.loc = { file: join(dir, first.file.replace(/^content\//, '')), line: first.line, column: 1 };
  error.stack = '';
  return error;
}
