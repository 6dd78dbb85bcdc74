/**
 * Writes a content tree with N generated trainings (each in Finnish and
 * Swedish) next to a copy of a real tree's institutions, regions, services,
 * events, pages and trainings, for benchmarks of the build and the search.
 *
 *   node scripts/generate-content.ts --trainings 2000 --out /tmp/polku-content [--from content]
 *
 * Then: POLKU_CONTENT_DIR=/tmp/polku-content npx astro build --outDir /tmp/polku-dist
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

export interface GenerateOptions {
  /** Generated trainings; each gets fi.md and sv.md. */
  trainings: number;
  /** Folder to write (emptied first). */
  out: string;
  /** Content tree to copy; defaults to content/ when it has institutions, else the test fixture. */
  from?: string;
  /** Seed of the pseudo-random choices, so runs are comparable. */
  seed?: number;
}

const fields = [
  [
    'logistics',
    'Logistiikan',
    'logistik',
    'varastossa, trukilla ja kuljetusten parissa',
    'på lager, med truck och i transporter',
  ],
  [
    'property-services',
    'Kiinteistöalan',
    'fastighetsservice',
    'kiinteistöjen hoidossa ja huollossa',
    'med skötsel och service av fastigheter',
  ],
  [
    'social-and-health',
    'Hoiva-alan',
    'vård och omsorg',
    'hoivatyössä ja asiakkaiden arjessa',
    'inom vård och i klienternas vardag',
  ],
  ['construction', 'Rakennusalan', 'byggbranschen', 'työmaalla ja rakentamisessa', 'på byggplatsen och i byggandet'],
  ['restaurant', 'Ravintola-alan', 'restaurangbranschen', 'keittiössä ja salissa', 'i köket och i matsalen'],
  ['cleaning', 'Puhtausalan', 'rengöring', 'siivouksessa ja laitoshuollossa', 'inom städning och anstaltsvård'],
  [
    'technology',
    'Kunnossapidon',
    'underhåll',
    'koneiden ja laitteiden huollossa',
    'med service av maskiner och anläggningar',
  ],
  ['commerce', 'Kaupan alan', 'handel', 'myymälässä ja asiakaspalvelussa', 'i butiken och i kundservice'],
  [
    'ict',
    'Digitaitojen',
    'digital kompetens',
    'tietotekniikan ja verkkopalvelujen parissa',
    'med datateknik och webbtjänster',
  ],
  ['forestry', 'Metsäalan', 'skogsbranschen', 'metsänhoidossa ja puunkorjuussa', 'inom skogsvård och avverkning'],
] as const;
const kinds = [
  ['valmennus', 'Valmennus', 'Coachning'],
  ['koulutus', 'Koulutus', 'Utbildning'],
  ['polku', 'Työpolku', 'Arbetsstig'],
  ['kurssi', 'Pikakurssi', 'Snabbkurs'],
] as const;
const formats = ['contact', 'online', 'blended'] as const;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function defaultSource(root = process.cwd()): string {
  const real = join(root, 'content');
  return existsSync(join(real, 'institutions')) && readdirSync(join(real, 'institutions')).length > 0
    ? real
    : join(root, 'tests', 'fixtures', 'content');
}

function frontmatter(data: Record<string, string>, body: string): string {
  return `---\n${stringify(data).trim()}\n---\n\n${body}\n`;
}

/** Writes the tree and returns how many trainings it holds in all. */
export function generateContent(options: GenerateOptions): { dir: string; trainings: number } {
  const from = resolve(options.from ?? defaultSource());
  const out = resolve(options.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const part of ['institutions', 'regions', 'services', 'events', 'pages', 'trainings']) {
    if (existsSync(join(from, part))) cpSync(join(from, part), join(out, part), { recursive: true });
  }
  mkdirSync(join(out, 'trainings'), { recursive: true });
  const institutions = readdirSync(join(out, 'institutions'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      ...(parse(readFileSync(join(out, 'institutions', f), 'utf8')) as {
        municipalities: string[];
        name: { fi: string };
      }),
    }));
  const next = random(options.seed ?? 2027);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  for (let n = 1; n <= options.trainings; n++) {
    const inst = institutions[n % institutions.length]!;
    const [field, fiField, svField, fiWhere, svWhere] = pick(fields);
    const [slugKind, fiKind, svKind] = pick(kinds);
    const id = `${slugKind}-${field}-${n}`;
    const month = 1 + Math.floor(next() * 24);
    const start =
      next() < 0.25
        ? 'continuous'
        : `${2027 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
    const towns = inst.municipalities.filter(() => next() < 0.5);
    const facts = {
      institution: inst.id,
      municipalities: towns.length ? towns : [inst.municipalities[0]],
      fields: next() < 0.2 ? [field, 'general'] : [field],
      format: pick(formats),
      teachingLanguage: next() < 0.15 ? 'sv' : 'fi',
      languageSupport: next() < 0.4,
      start,
      duration: { value: 1 + Math.floor(next() * 10), unit: pick(['weeks', 'months'] as const) },
      targetGroups: [pick(['under-30', 'long-term-unemployed', 'other-language', 'all-jobseekers'] as const)],
      contact: { name: 'Testi Ohjaaja', email: `ohjaus@${inst.id}.example` },
    };
    const dir = join(out, 'trainings', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'facts.yaml'), stringify(facts));
    writeFileSync(
      join(dir, 'fi.md'),
      frontmatter(
        {
          title: `${fiField} ${fiKind.toLowerCase()} ${n}`,
          summary: `Opit työtehtäviä ${fiWhere}. Koulutus on työnhakijalle maksuton.`,
        },
        `## Mitä opit\n\nTässä koulutuksessa opit työtehtäviä ${fiWhere}. Harjoittelet oikeissa työpaikoissa ja saat ohjaajan tuen koko ajan.\n\n## Kenelle\n\nKoulutus sopii sinulle, jos olet työnhakija ja haluat töihin ${fiWhere}. Aiempaa kokemusta ei tarvita.`,
      ),
    );
    writeFileSync(
      join(dir, 'sv.md'),
      frontmatter(
        {
          title: `${svKind} i ${svField} ${n}`,
          summary: `Du lär dig arbetsuppgifter ${svWhere}. Utbildningen är avgiftsfri för arbetssökande.`,
        },
        `## Vad du lär dig\n\nI utbildningen lär du dig arbetsuppgifter ${svWhere}. Du övar på riktiga arbetsplatser och får stöd av en handledare hela tiden.\n\n## För vem\n\nUtbildningen passar dig som söker arbete och vill jobba ${svWhere}. Du behöver ingen tidigare erfarenhet.`,
      ),
    );
  }
  return { dir: out, trainings: readdirSync(join(out, 'trainings')).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      trainings: { type: 'string', default: '2000' },
      out: { type: 'string' },
      from: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('Usage: node scripts/generate-content.ts --trainings 2000 --out DIR [--from content] [--seed N]');
    process.exit(2);
  }
  const result = generateContent({
    trainings: Number(values.trainings),
    out: values.out,
    ...(values.from ? { from: values.from } : {}),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
  });
  console.log(`Wrote ${result.trainings} trainings (fi + sv) to ${result.dir}`);
}
