/**
 * The one schema of an expression of interest. The form (react-hook-form with
 * zodResolver) and the function validate with the same code; every message a
 * person can see comes from the strings files, passed in as `messages`.
 */
import { z } from 'zod';

export const contactLanguages = ['fi', 'sv', 'en', 'other'] as const;
export type ContactLanguage = (typeof contactLanguages)[number];
export const interestLocales = ['fi', 'sv'] as const;

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
// Control characters never belong in a field (they are how headers get injected).
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const clean = (value: unknown) => (typeof value === 'string' ? value.replace(controlChars, '').trim() : value);
const oneLine = (value: unknown) => (typeof value === 'string' ? value.replace(/[\r\n\t]+/g, ' ') : value);
const truthy = (value: unknown) => value === true || value === 'true' || value === 'on' || value === '1';

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

export function createInterestSchema(m: InterestMessages, known?: KnownIds) {
  const text = (max: number, tooLong: string, required?: string) => {
    let s = z.string({ error: m['form.error.invalid'] });
    if (required) s = s.min(1, { error: required });
    return z.preprocess((v) => clean(oneLine(v ?? '')), s.max(max, { error: tooLong }));
  };
  const choice = (list: readonly string[] | undefined, unknown: string, required?: string) => {
    let s = z.string({ error: m['form.error.invalid'] });
    if (required) s = s.min(1, { error: required });
    return z.preprocess(
      (v) => clean(v ?? ''),
      s.refine((v) => v === '' || (idPattern.test(v) && (!list || list.includes(v))), { error: unknown }),
    );
  };
  const optionalText = (max: number) =>
    z.preprocess((v) => clean(oneLine(v ?? '')), z.string({ error: m['form.error.invalid'] }).max(max, { error: m['form.error.invalid'] }));

  return z
    .object({
      name: text(limits.name, m['form.error.nameTooLong'], m['form.error.nameRequired']),
      phone: z.preprocess(
        (v) => clean(v ?? ''),
        z.string({ error: m['form.error.phoneInvalid'] }).refine((v) => v === '' || phonePattern.test(v), {
          error: m['form.error.phoneInvalid'],
        }),
      ),
      email: z.preprocess(
        (v) => clean(v ?? ''),
        z
          .string({ error: m['form.error.emailInvalid'] })
          .max(limits.email, { error: m['form.error.emailInvalid'] })
          .refine((v) => v === '' || z.email().safeParse(v).success, { error: m['form.error.emailInvalid'] }),
      ),
      municipality: choice(
        known?.municipalities,
        m['form.error.municipalityUnknown'],
        m['form.error.municipalityRequired'],
      ),
      training: choice(known?.trainings, m['form.error.trainingUnknown']),
      service: choice(known?.services, m['form.error.serviceUnknown']),
      contactLanguage: z.preprocess(
        (v) => v ?? '',
        z.enum(contactLanguages, { error: m['form.error.contactLanguageRequired'] }),
      ),
      message: z.preprocess(
        (v) => clean(v ?? ''),
        z.string({ error: m['form.error.invalid'] }).max(limits.message, { error: m['form.error.messageTooLong'] }),
      ),
      sendCopy: z.preprocess(truthy, z.boolean()),
      consent: z.preprocess(truthy, z.literal(true, { error: m['form.error.consentRequired'] })),
      source: optionalText(limits.source),
      campaign: optionalText(limits.source),
      locale: z.preprocess((v) => (v === 'sv' ? 'sv' : 'fi'), z.enum(interestLocales)),
    })
    .refine((value) => value.phone !== '' || value.email !== '', {
      path: ['phone'],
      error: m['form.error.contactRequired'],
      // Also when other fields have problems, so the person sees every problem at once.
      when: (payload) => !payload.issues.some((i) => i.path?.[0] === 'phone' || i.path?.[0] === 'email'),
    });
}

export type InterestSchema = ReturnType<typeof createInterestSchema>;

/** `{ field: message }`, the first problem of each field, for JSON answers and the form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
