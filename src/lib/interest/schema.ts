/**
 * The one schema of an expression of interest. The form (react-hook-form with
 * zodResolver) and the function validate with the same code; every message a
 * person can see comes from the strings files, passed in as `messages`.
 */
// zod/mini: the same checks as classic zod, in a form the form island's bundle can tree-shake.
import { z } from 'zod/mini';
import { locales } from '../../i18n/locales.ts';

// zod probes whether eval works by calling Function(''); the site's CSP forbids eval, and the probe
// alone is reported as a violation. Without it zod validates the same way, just without compiling.
z.config({ jitless: true });

export const contactLanguages = ['fi', 'sv', 'en', 'other'] as const;
export type ContactLanguage = (typeof contactLanguages)[number];

export const limits = { name: 120, message: 1000, source: 120, email: 254 } as const;

/** Field names, the same in JSON, form posts, element names and error keys. */
export const interestFields = [
  'name',
  'phone',
  'email',
  'municipality',
  'training',
  'service',
  'contactLanguage',
  'message',
  'sendCopy',
  'consent',
] as const;
export type InterestField = (typeof interestFields)[number];

/** Anti-spam fields: a honeypot a person never sees and the fill time the script records. */
export const honeypotField = 'homepage';
export const fillTimeField = 'fillMs';
/** Made when the form page loads; the same key posted twice is one submission. */
export const idempotencyField = 'idempotencyKey';
export const idempotencyKeyPattern = /^[A-Za-z0-9_-]{16,128}$/;

export const messageKeys = [
  'form.error.nameRequired',
  'form.error.nameTooLong',
  'form.error.contactRequired',
  'form.error.emailInvalid',
  'form.error.phoneInvalid',
  'form.error.municipalityRequired',
  'form.error.municipalityUnknown',
  'form.error.trainingUnknown',
  'form.error.serviceUnknown',
  'form.error.contactLanguageRequired',
  'form.error.messageTooLong',
  'form.error.consentRequired',
  'form.error.characters',
  'form.error.nameLetters',
  'form.error.invalid',
] as const;
export type MessageKey = (typeof messageKeys)[number];
export type InterestMessages = Record<MessageKey, string>;

/** Ids the function knows from the routing table; the form knows them from its lists. */
export interface KnownIds {
  municipalities: readonly string[];
  trainings: readonly string[];
  services: readonly string[];
}

const phonePattern = /^\+?[0-9][0-9 ()-]{4,22}[0-9]$/;
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Characters refused rather than removed: control characters (how headers get
 * injected), and the invisible direction overrides that make a name read
 * differently than it is stored. A multi-line message may hold line breaks and tabs.
 */
const controlOrBidi = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const controlOrBidiExceptBreaks =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const letter = /\p{L}/u;

/** Missing means empty; any other type than a string stays as it is, for the schema to refuse. */
const stringOrEmpty = (value: unknown) => (value === undefined || value === null ? '' : value);
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : stringOrEmpty(value));
/** A checkbox: JSON true/false, or a form's "on"; anything else is refused. */
const checkbox = (value: unknown) =>
  value === undefined || value === false || value === 'false'
    ? false
    : value === true || value === 'true' || value === 'on'
      ? true
      : value;

/** What the schema produces: every field present, optional ones as "". */
export interface Interest {
  name: string;
  phone: string;
  email: string;
  municipality: string;
  training: string;
  service: string;
  contactLanguage: ContactLanguage;
  message: string;
  sendCopy: boolean;
  consent: boolean;
  source: string;
  campaign: string;
  locale: 'fi' | 'sv';
}

/** zod/mini has no `preprocess`; this is what classic zod's is: a transform piped into the schema. */
const preprocess = <T extends z.core.$ZodType>(fn: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);
const emailFormat = z.email();

export function createInterestSchema(m: InterestMessages, known?: KnownIds) {
  const invalid = { error: m['form.error.invalid'] };
  const characters = (pattern: RegExp) =>
    z.refine<string>((v) => !pattern.test(v), { error: m['form.error.characters'] });
  const text = (max: number, tooLong: string, required?: string) =>
    preprocess(
      trimmed,
      z
        .string(invalid)
        .check(
          ...(required ? [z.minLength(1, { error: required })] : []),
          z.maxLength(max, { error: tooLong }),
          characters(controlOrBidi),
        ),
    );
  const choice = (list: readonly string[] | undefined, unknown: string, required?: string) =>
    preprocess(
      trimmed,
      z.string(invalid).check(
        ...(required ? [z.minLength(1, { error: required })] : []),
        z.refine<string>((v) => v === '' || (idPattern.test(v) && (!list || list.includes(v))), { error: unknown }),
      ),
    );
  const optionalText = (max: number) =>
    preprocess(trimmed, z.string(invalid).check(z.maxLength(max, invalid), characters(controlOrBidi)));

  return z
    .object({
      name: z.pipe(
        text(limits.name, m['form.error.nameTooLong'], m['form.error.nameRequired']),
        z.string().check(z.refine((v) => v === '' || letter.test(v), { error: m['form.error.nameLetters'] })),
      ),
      phone: preprocess(
        trimmed,
        z
          .string({ error: m['form.error.phoneInvalid'] })
          .check(z.refine<string>((v) => v === '' || phonePattern.test(v), { error: m['form.error.phoneInvalid'] })),
      ),
      email: preprocess(
        trimmed,
        z.string({ error: m['form.error.emailInvalid'] }).check(
          z.maxLength(limits.email, { error: m['form.error.emailInvalid'] }),
          z.refine<string>((v) => v === '' || emailFormat.safeParse(v).success, {
            error: m['form.error.emailInvalid'],
          }),
        ),
      ),
      municipality: choice(
        known?.municipalities,
        m['form.error.municipalityUnknown'],
        m['form.error.municipalityRequired'],
      ),
      training: choice(known?.trainings, m['form.error.trainingUnknown']),
      service: choice(known?.services, m['form.error.serviceUnknown']),
      contactLanguage: preprocess(
        stringOrEmpty,
        z.enum(contactLanguages, { error: m['form.error.contactLanguageRequired'] }),
      ),
      message: preprocess(
        trimmed,
        z
          .string(invalid)
          .check(
            z.maxLength(limits.message, { error: m['form.error.messageTooLong'] }),
            characters(controlOrBidiExceptBreaks),
          ),
      ),
      sendCopy: preprocess(checkbox, z.boolean(invalid)),
      consent: preprocess(checkbox, z.literal(true, { error: m['form.error.consentRequired'] })),
      source: optionalText(limits.source),
      campaign: optionalText(limits.source),
      locale: preprocess((v) => v ?? 'fi', z.enum(locales, invalid)),
    })
    .check(
      z.refine((value) => value.phone !== '' || value.email !== '', {
        path: ['phone'],
        error: m['form.error.contactRequired'],
        // Also when other fields have problems, so the person sees every problem at once.
        when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'phone' || i.path?.[0] === 'email'),
      }),
    );
}

export type InterestSchema = ReturnType<typeof createInterestSchema>;

/** `{ field: message }`, the first problem of each field, for JSON answers and the form. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
