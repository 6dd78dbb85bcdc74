/**
 * Routing of an expression of interest, as data: training (or service) →
 * institution → that institution's intake channel for the municipality; no
 * training or service → the municipality's guidance institution. The table is
 * generated from content/ at build time; editors change routing in content.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Localized } from '../../content/schemas.ts';
import { type Catalog, type Doc, textOf } from '../catalog.ts';

export interface IntakeChannel {
  municipalities: string[];
  email: string;
  webhook?: string;
}

export interface RoutingTable {
  institutions: Record<string, { name: Localized; staffLanguage: Locale; intake: IntakeChannel[] }>;
  regions: Array<{ id: string; name: Localized; municipalities: string[] }>;
  municipalities: Record<string, { name: Localized; region: string; guidance: string }>;
  trainings: Record<string, { institution: string; municipalities: string[]; title: Localized }>;
  services: Record<string, { institution: string; municipalities: string[]; title: Localized }>;
}

function titles(doc: Doc<unknown>): Localized {
  const fi = textOf(doc, 'fi').text.title;
  const sv = doc.texts.sv?.title;
  return sv ? { fi, sv } : { fi };
}

export function buildRoutingTable(
  catalog: Pick<Catalog, 'institutions' | 'regions' | 'trainings' | 'services'>,
): RoutingTable {
  const regions = [...catalog.regions].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return {
    institutions: Object.fromEntries(
      catalog.institutions.map((i) => [
        i.id,
        {
          name: i.name,
          staffLanguage: i.staffLanguage,
          intake: i.intake.map((c) => ({
            municipalities: [...c.municipalities],
            email: c.email,
            ...(c.webhook ? { webhook: c.webhook } : {}),
          })),
        },
      ]),
    ),
    regions: regions.map((r) => ({ id: r.id, name: r.name, municipalities: r.municipalities.map((m) => m.id) })),
    municipalities: Object.fromEntries(
      regions.flatMap((r) => r.municipalities.map((m) => [m.id, { name: m.name, region: r.id, guidance: m.guidance }])),
    ),
    trainings: Object.fromEntries(
      catalog.trainings.map((d) => [
        d.id,
        { institution: d.facts.institution, municipalities: [...d.facts.municipalities], title: titles(d) },
      ]),
    ),
    services: Object.fromEntries(
      catalog.services.map((d) => [
        d.id,
        { institution: d.facts.institution, municipalities: [...d.facts.municipalities], title: titles(d) },
      ]),
    ),
  };
}

export interface Destination {
  institution: string;
  staffLanguage: Locale;
  email: string;
  webhook?: string;
  /** Whether the institution's intake names this municipality (false: its first channel is used). */
  covered: boolean;
}

/** Where one submission goes; undefined only when the table itself is broken. */
export function resolveDestination(
  table: RoutingTable,
  choice: { municipality: string; training?: string; service?: string },
): Destination | undefined {
  const municipality = table.municipalities[choice.municipality];
  if (!municipality) return undefined;
  const institutionId =
    (choice.training && table.trainings[choice.training]?.institution) ||
    (choice.service && table.services[choice.service]?.institution) ||
    municipality.guidance;
  const institution = table.institutions[institutionId];
  if (!institution) return undefined;
  const channel = institution.intake.find((c) => c.municipalities.includes(choice.municipality));
  const chosen = channel ?? institution.intake[0];
  if (!chosen) return undefined;
  return {
    institution: institutionId,
    staffLanguage: institution.staffLanguage,
    email: chosen.email,
    ...(chosen.webhook ? { webhook: chosen.webhook } : {}),
    covered: channel !== undefined,
  };
}

export function knownIds(table: RoutingTable) {
  return {
    municipalities: Object.keys(table.municipalities),
    trainings: Object.keys(table.trainings),
    services: Object.keys(table.services),
  };
}

export function localizedName(value: Localized, locale: Locale): string {
  return value[locale] ?? value.fi;
}

export interface FormOption {
  id: string;
  label: string;
}
/** A training or service in the form's lists, with the institution that runs it. */
export interface DocOption extends FormOption {
  institution: string;
}
export interface FormOptions {
  municipalityGroups: Array<{ label: string; options: FormOption[] }>;
  trainings: DocOption[];
  services: DocOption[];
  /** Names of the institutions that run something in the lists, for the "only this institution" line. */
  institutions: FormOption[];
}

/** The form's choices in a language: municipalities grouped by region, trainings and services by title. */
export function formOptions(table: RoutingTable, locale: Locale): FormOptions {
  const byLabel = (a: FormOption, b: FormOption) => a.label.localeCompare(b.label, locale);
  const docs = (items: RoutingTable['trainings']) =>
    Object.entries(items)
      .map(([id, d]) => ({ id, label: localizedName(d.title, locale), institution: d.institution }))
      .sort(byLabel);
  const running = new Set(
    [...Object.values(table.trainings), ...Object.values(table.services)].map((d) => d.institution),
  );
  return {
    municipalityGroups: table.regions.map((r) => ({
      label: localizedName(r.name, locale),
      options: r.municipalities
        .map((id) => ({ id, label: localizedName(table.municipalities[id]!.name, locale) }))
        .sort(byLabel),
    })),
    trainings: docs(table.trainings),
    services: docs(table.services),
    institutions: Object.entries(table.institutions)
      .filter(([id]) => running.has(id))
      .map(([id, i]) => ({ id, label: localizedName(i.name, locale) }))
      .sort(byLabel),
  };
}
