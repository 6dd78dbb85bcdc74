/** One facet: a disclosure of checkboxes with the number of results each would give. */
import { useEffect, useState } from 'react';
import { type FacetCounts, orderFacetValues } from '../../lib/finder-state.ts';
import type { FilterKey } from '../../lib/search-meta.ts';
import type { Locale } from '../../i18n/locales.ts';

interface Props {
  facet: FilterKey;
  locale: Locale;
  legend: string;
  /** "4 choices": said on the closed group, so a reader knows what opening it gives. */
  choices: (n: number) => string;
  chosenText: (n: number) => string;
  /** Every value the page knows, with counts from the build. */
  known: FacetCounts[FilterKey];
  /** Counts for the current search, once Pagefind has answered. */
  counts: FacetCounts[FilterKey] | undefined;
  chosen: string[];
  label: (value: string) => string;
  paramName: string;
  onToggle: (value: string, on: boolean) => void;
}

export default function FacetGroup(props: Props) {
  const { facet, locale, legend, choices, chosenText, known, counts, chosen, label, paramName, onToggle } = props;
  const values = orderFacetValues(facet, [...new Set([...Object.keys(known ?? {}), ...chosen])], locale);
  // Open while the reader has it open; a group with choices in the address opens by itself.
  const [open, setOpen] = useState(chosen.length > 0);
  const hasChoice = chosen.length > 0;
  useEffect(() => {
    if (hasChoice) setOpen(true);
  }, [hasChoice]);
  if (values.length === 0) return null;
  return (
    <details className="facet disclosure" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="facet-name">{legend}</span>
        <span className="facet-meta">
          {chosen.length > 0 ? `${chosenText(chosen.length)} / ` : ''}
          {choices(values.length)}
        </span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {values.map((value, i) => {
          const id = `facet-${facet}-${i}`;
          const count = (counts ?? known)?.[value] ?? 0;
          return (
            <div className="facet-option" key={value}>
              <input
                type="checkbox"
                id={id}
                name={paramName}
                value={value}
                checked={chosen.includes(value)}
                onChange={(e) => onToggle(value, e.currentTarget.checked)}
              />
              <label htmlFor={id}>
                {label(value)} <span className="facet-count">({count})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
    </details>
  );
}
