/** One facet: a group of checkboxes with the number of results each would give. */
import { type FacetCounts, orderFacetValues } from '../../lib/finder-state.ts';
import type { FilterKey } from '../../lib/search-meta.ts';
import type { Locale } from '../../i18n/locales.ts';

interface Props {
  facet: FilterKey;
  locale: Locale;
  legend: string;
  /** Every value the page knows, with counts from the build. */
  known: FacetCounts[FilterKey];
  /** Counts for the current search, once Pagefind has answered. */
  counts: FacetCounts[FilterKey] | undefined;
  chosen: string[];
  label: (value: string) => string;
  paramName: string;
  onToggle: (value: string, on: boolean) => void;
}

export default function FacetGroup({
  facet,
  locale,
  legend,
  known,
  counts,
  chosen,
  label,
  paramName,
  onToggle,
}: Props) {
  const values = orderFacetValues(facet, [...new Set([...Object.keys(known ?? {}), ...chosen])], locale);
  if (values.length === 0) return null;
  return (
    <details className="facet" open={chosen.length > 0 || facet === 'region'}>
      <summary>
        {legend}
        {chosen.length > 0 && <span className="facet-chosen"> ({chosen.length})</span>}
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
