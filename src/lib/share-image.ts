/**
 * Draws a share card as a 1200 × 630 PNG: satori lays out the text (it
 * wraps and clamps long titles), resvg rasterizes satori's SVG. Both run in
 * the build, with no outside service. satori takes plain element objects, so
 * no JSX runtime is needed here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { type ShareCard, shareSize } from './share-card.ts';

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

let fonts: Font[] | undefined;
/** Open Sans (SIL Open Font License) from @fontsource: WOFF, which satori reads (it cannot read WOFF2). */
function loadFonts(): Font[] {
  const require = createRequire(import.meta.url);
  const file = (weight: number) =>
    readFileSync(require.resolve(`@fontsource/open-sans/files/open-sans-latin-${weight}-normal.woff`));
  fonts ??= [
    { name: 'Open Sans', data: file(400), weight: 400, style: 'normal' },
    { name: 'Open Sans', data: file(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/** Cuts a long text at a word, so the card never overflows (satori clamps only block text). */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max - 1)).replace(/[\s,–-]+$/, '')}…`;
}

function layout(card: ShareCard): Node {
  const width = shareSize.width - 2 * 72;
  const title = el(
    'div',
    { display: 'flex', width, fontSize: card.title.length > 50 ? 58 : 68, fontWeight: 700, lineHeight: 1.15 },
    cut(card.title, 90),
  );
  const facts = card.facts
    .filter(Boolean)
    .slice(0, 3)
    .map((fact) => el('div', { display: 'flex', width, fontSize: 34, lineHeight: 1.3, marginTop: 14 }, cut(fact, 60)));
  const footer = el(
    'div',
    {
      display: 'flex',
      width,
      fontSize: 30,
      fontWeight: 700,
      color: '#ffd666',
      borderTop: '4px solid #ffd666',
      paddingTop: 18,
      flexShrink: 0,
    },
    card.footer,
  );
  return el(
    'div',
    {
      // satori adds padding to the size (content-box): the box plus padding is exactly 1200 × 630.
      width,
      height: shareSize.height - 60 - 52,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '60px 72px 52px',
      backgroundColor: '#0b4f6c',
      color: '#ffffff',
      fontFamily: 'Open Sans',
    },
    [el('div', { display: 'flex', flexDirection: 'column', width }, [title, ...facts]), footer],
  );
}

export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(layout(card) as never, { ...shareSize, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: shareSize.width } }).render().asPng();
}
