/** The current page of results: title, then institution, municipality, next start and format. */
import { useEffect, useState } from 'react';
import { readableExcerpt } from '../../lib/excerpt.ts';
import type { ResultData } from './pagefind.ts';

interface Props {
  q: string;
  results: Array<{ id: string; data(): Promise<ResultData> }>;
  shown: number;
  showExcerpt: boolean;
  s: (key: string) => string;
}

export default function ResultList({ q, results, shown, showExcerpt, s }: Props) {
  const [items, setItems] = useState<Array<ResultData & { id: string }>>([]);
  useEffect(() => {
    let live = true;
    Promise.all(results.slice(0, shown).map(async (r) => ({ id: r.id, ...(await r.data()) }))).then((data) => {
      if (live) setItems(data);
    });
    return () => {
      live = false;
    };
  }, [results, shown]);
  return (
    <ol className="finder-results cards" aria-label={s('finder.results')} data-q={q}>
      {items.map(({ id, url, meta, excerpt }) => {
        const finnish = meta['fallback'] === 'fi';
        const start = meta['start'] ? `${s('finder.nextStart')} ${meta['start']}` : undefined;
        const line = [meta['type'], meta['institution'], meta['municipality'], start, meta['format']].filter(Boolean);
        return (
          <li className="card" key={id}>
            <h3 className="card-title">
              <a href={url} lang={finnish ? 'fi' : undefined}>
                {meta['title']}
              </a>
              {finnish && <span className="finder-lang"> ({s('finder.inFinnish')})</span>}
            </h3>
            <p className="card-meta">{line.join(' · ')}</p>
            {showExcerpt && (
              <Excerpt {...readableExcerpt(excerpt, s('search.keywords'), meta['summary'])} finnish={finnish} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Pagefind's excerpt (its HTML marks the matched words), or the summary as plain text. */
function Excerpt(props: ({ html: string } | { text: string }) & { finnish: boolean }) {
  const lang = props.finnish ? 'fi' : undefined;
  if ('text' in props)
    return (
      <p className="card-summary" lang={lang}>
        {props.text}
      </p>
    );
  return <p className="card-summary" lang={lang} dangerouslySetInnerHTML={{ __html: props.html }} />;
}
