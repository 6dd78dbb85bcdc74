/**
 * Checks content/ before anything else runs. `astro build` with a mistake
 * prints the plain sentences (file, line, field, what to write) and exits
 * with status 1: no stack trace, no hook name, no second error caused by the
 * first. `astro dev` keeps running and shows the same sentences in the
 * browser (src/data/catalog.ts), so here it only logs them.
 */
import type { AstroIntegration } from 'astro';
import { checkContentDirForIntegrations, contentDirFromEnv } from '../lib/content-files.ts';
import { formatProblems } from '../lib/references.ts';

// The read made at this config setup; the integrations after this one reuse it.
const problemsAtSetup = () => checkContentDirForIntegrations(contentDirFromEnv()).problems;

/** True when the content folder has no mistakes; prints them otherwise. */
function contentIsValid(command: string): boolean {
  const { problems } = checkContentDirForIntegrations(contentDirFromEnv(), true);
  if (!problems.length) return true;
  const count = problems.length === 1 ? 'virhe' : `${problems.length} virhettä`;
  const text = `\nSisällössä on ${count}:\n\n${formatProblems(problems)}\n\n`;
  if (command === 'build') {
    process.stderr.write(`${text}Sivustoa ei rakennettu. Korjaa virhe ja aja komento uudelleen.\n`);
    process.exit(1);
  }
  process.stderr.write(`${text}Esikatselu näyttää virheen selaimessa, kunnes se on korjattu.\n`);
  return false;
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'polku:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        contentIsValid(command);
      },
    },
  };
}

/**
 * Runs another integration's setup only when content is valid. Integrations that
 * derive files from content (the routing table) would otherwise stop `astro dev`
 * from starting; the page shows the mistake instead.
 */
export function withValidContent(integration: AstroIntegration): AstroIntegration {
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) return integration;
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) => (problemsAtSetup().length ? undefined : setup(options)),
    },
  };
}
