/**
 * The expression-of-interest form, written once: the page renders it at build
 * time, the browser hydrates it, and the function renders it again (with the
 * values and errors) for a browser without JavaScript. Server-rendered it is a
 * plain form that posts to /api/interest; hydrated, it validates with the
 * shared zod schema, shows an error summary (focused) and inline errors, and
 * sends JSON with an idempotency key made when the page loaded.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, type SubmitEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, useForm } from 'react-hook-form';
import type { FormStrings } from '../lib/interest/messages.ts';
import { readPresets, thanksUrl } from '../lib/interest/paths.ts';
import type { FormOptions } from '../lib/interest/routing.ts';
import {
  contactLanguages,
  createInterestSchema,
  fillTimeField,
  honeypotField,
  idempotencyField,
  interestFields,
  type InterestMessages,
  limits,
} from '../lib/interest/schema.ts';
import { ChoiceField, ErrorSummary, Field, fieldId as id } from './interest/parts.tsx';

export interface InterestFormProps {
  locale: 'fi' | 'sv';
  strings: FormStrings;
  messages: InterestMessages;
  options: FormOptions;
  action: string;
  privacyHref?: string | undefined;
  /** Values and errors when the server shows the form again (no JavaScript). */
  values?: Record<string, string> | undefined;
  errors?: Record<string, string> | undefined;
}

type Values = Record<string, string | boolean>;
// The error summary lists fields in the form's order; the copy box never has an error.
const order = interestFields.filter((name) => name !== 'sendCopy');

function initialValues(values: Record<string, string>, locale: string): Values {
  const checked = (v: string | undefined) => v === 'on' || v === 'true';
  return {
    name: values['name'] ?? '',
    phone: values['phone'] ?? '',
    email: values['email'] ?? '',
    municipality: values['municipality'] ?? '',
    training: values['training'] ?? '',
    service: values['service'] ?? '',
    contactLanguage: values['contactLanguage'] ?? locale,
    message: values['message'] ?? '',
    sendCopy: checked(values['sendCopy']),
    consent: checked(values['consent']),
    source: values['source'] ?? '',
    campaign: values['campaign'] ?? '',
    [honeypotField]: '',
  };
}

export default function InterestForm(props: InterestFormProps) {
  const { locale, strings: s, options, values = {} } = props;
  const schema = useMemo(
    () =>
      createInterestSchema(props.messages, {
        municipalities: options.municipalityGroups.flatMap((g) => g.options.map((o) => o.id)),
        trainings: options.trainings.map((o) => o.id),
        services: options.services.map((o) => o.id),
      }),
    [props.messages, options],
  );
  const initial = initialValues(values, locale);
  const { register, handleSubmit, setValue, setError, formState } = useForm<Values>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolver: zodResolver(schema as any) as any,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>(props.errors ?? {});
  const [sending, setSending] = useState(false);
  // An institution page's link (?oppilaitos=…) narrows the lists; only after hydration, so without script all stay.
  const [only, setOnly] = useState('');
  // One key per page load: a double click or a resend after a lost answer is the same submission.
  const [key, setKey] = useState(values[idempotencyField] ?? '');
  const startedAt = useRef(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    startedAt.current = Date.now();
    if (!key) setKey(crypto.randomUUID());
    const presets = readPresets(window.location.search);
    const training = options.trainings.find((o) => o.id === presets.training);
    const service = options.services.find((o) => o.id === presets.service);
    if (training) setValue('training', training.id);
    if (service) setValue('service', service.id);
    // Narrow to the institution unless a preset training or service of another institution would be hidden.
    const institution = presets.institution;
    if (
      institution &&
      options.institutions.some((o) => o.id === institution) &&
      [training, service].every((o) => !o || o.institution === institution)
    )
      setOnly(institution);
    if (options.municipalityGroups.some((g) => g.options.some((o) => o.id === presets.municipality)))
      setValue('municipality', presets.municipality!);
    let source = presets.source ?? '';
    if (!source && document.referrer) {
      const from = new URL(document.referrer);
      if (from.origin === window.location.origin) source = `page:${from.pathname}`;
    }
    if (source && !initial['source']) setValue('source', source);
    if (presets.campaign && !initial['campaign']) setValue('campaign', presets.campaign);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const clientErrors = formState.errors as FieldErrors<Values>;
  const errorOf = (name: string): string | undefined =>
    (clientErrors[name]?.message as string | undefined) ?? serverErrors[name];
  const listed = order.flatMap((name) => {
    const message = errorOf(name);
    return message ? [{ name, message }] : [];
  });
  const general = serverErrors['form'];

  useEffect(() => {
    if (formState.submitCount > 0 && (listed.length > 0 || general)) summary.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formState.submitCount, general]);
  useEffect(() => {
    if (props.errors && Object.keys(props.errors).length) summary.current?.focus();
  }, [props.errors]);

  const onValid = async (data: Values) => {
    setSending(true);
    setServerErrors({});
    try {
      const response = await fetch(props.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
        body: JSON.stringify({ ...data, locale, [fillTimeField]: Date.now() - startedAt.current }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        reference?: string;
        institution?: { id: string };
        errors?: Record<string, string>;
      };
      if (response.status === 202 && body.reference) {
        window.location.assign(thanksUrl(locale, body.reference, body.institution?.id));
        return;
      }
      const errors = body.errors ?? { form: s['interest.error.network'] };
      for (const [name, message] of Object.entries(errors)) if (name !== 'form') setError(name, { message });
      setServerErrors(errors);
    } catch {
      setServerErrors({ form: s['interest.error.network'] });
    }
    setSending(false);
  };

  const control = (name: string, hint: boolean) => ({
    id: id(name),
    'aria-describedby':
      [hint && `${id(name)}-hint`, errorOf(name) && `${id(name)}-error`].filter(Boolean).join(' ') || undefined,
    'aria-invalid': errorOf(name) ? true : undefined,
    ...register(name),
  });
  const common = { prefix: s['form.error.prefix'], errorOf };
  const options_ = (list: Array<{ id: string; label: string }>) =>
    list.map((o) => (
      <option key={o.id} value={o.id}>
        {o.label}
      </option>
    ));
  const shown = <T extends { institution: string }>(list: T[]) =>
    only ? list.filter((o) => o.institution === only) : list;
  const onlyName = options.institutions.find((o) => o.id === only)?.label;
  const privacy: ReactNode = props.privacyHref ? <a href={props.privacyHref}>{s['form.consent.privacy']}</a> : null;

  return (
    <form
      className="interest-form"
      method="post"
      action={props.action}
      noValidate
      onSubmit={(e: SubmitEvent) => void handleSubmit(onValid)(e)}
    >
      {(listed.length > 0 || general) && (
        <ErrorSummary
          ref={summary}
          title={s['form.errorSummary.title']}
          general={general}
          items={listed.map(({ name, message }) => ({
            href: `#${name === 'contactLanguage' ? `${id(name)}-${locale}` : id(name)}`,
            message,
          }))}
        />
      )}
      <p className="field-hint">{s['form.required.note']}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name={idempotencyField} value={key} />
      <input type="hidden" {...register('source')} defaultValue={String(initial['source'])} />
      <input type="hidden" {...register('campaign')} defaultValue={String(initial['campaign'])} />
      <Field name="name" label={s['form.name.label']} hint={s['form.name.hint']} {...common}>
        <input
          type="text"
          autoComplete="name"
          maxLength={limits.name}
          {...control('name', true)}
          defaultValue={String(initial['name'])}
        />
      </Field>
      <fieldset className="field-group">
        <legend>{s['form.contact.legend']}</legend>
        <p className="field-hint">{s['form.contact.hint']}</p>
        <Field name="phone" label={s['form.phone.label']} hint={s['form.phone.hint']} {...common}>
          <input
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            {...control('phone', true)}
            defaultValue={String(initial['phone'])}
          />
        </Field>
        <Field name="email" label={s['form.email.label']} {...common}>
          <input
            type="email"
            autoComplete="email"
            spellCheck={false}
            {...control('email', false)}
            defaultValue={String(initial['email'])}
          />
        </Field>
      </fieldset>
      <Field name="municipality" label={s['form.municipality.label']} hint={s['form.municipality.hint']} {...common}>
        <select {...control('municipality', true)} defaultValue={String(initial['municipality'])}>
          <option value="">{s['form.municipality.choose']}</option>
          {options.municipalityGroups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {options_(g.options)}
            </optgroup>
          ))}
        </select>
      </Field>
      {onlyName && (
        <div className="field interest-only" data-interest-only={only}>
          <p>{s['form.institution.only'].replace('{institution}', onlyName)}</p>
          <button type="button" className="button-secondary" onClick={() => setOnly('')}>
            {s['form.institution.showAll']}
          </button>
        </div>
      )}
      <Field name="training" label={s['form.training.label']} hint={s['form.training.hint']} {...common}>
        <select {...control('training', true)} defaultValue={String(initial['training'])}>
          <option value="">{s['form.training.none']}</option>
          {options_(shown(options.trainings))}
        </select>
      </Field>
      {shown(options.services).length > 0 && (
        <Field name="service" label={s['form.service.label']} {...common}>
          <select {...control('service', false)} defaultValue={String(initial['service'])}>
            <option value="">{s['form.service.none']}</option>
            {options_(shown(options.services))}
          </select>
        </Field>
      )}
      <fieldset
        className={`field-group${errorOf('contactLanguage') ? ' field--error' : ''}`}
        aria-describedby={errorOf('contactLanguage') ? `${id('contactLanguage')}-error` : undefined}
      >
        <legend>{s['form.contactLanguage.legend']}</legend>
        <ChoiceField.Error name="contactLanguage" {...common} />
        <div className="choices">
          {contactLanguages.map((lang) => (
            <div className="choice" key={lang}>
              <input
                type="radio"
                id={`${id('contactLanguage')}-${lang}`}
                value={lang}
                {...register('contactLanguage')}
                defaultChecked={initial['contactLanguage'] === lang}
              />
              <label htmlFor={`${id('contactLanguage')}-${lang}`}>{s[`form.contactLanguage.${lang}`]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <Field name="message" label={s['form.message.label']} hint={s['form.message.hint']} {...common}>
        <textarea rows={5} {...control('message', true)} defaultValue={String(initial['message'])} />
      </Field>
      <ChoiceField name="sendCopy" label={s['form.sendCopy.label']} hint={s['form.sendCopy.hint']} {...common}>
        <input type="checkbox" {...control('sendCopy', true)} defaultChecked={Boolean(initial['sendCopy'])} />
      </ChoiceField>
      <ChoiceField name="consent" label={s['form.consent.label']} hint={privacy} {...common}>
        <input type="checkbox" {...control('consent', Boolean(privacy))} defaultChecked={Boolean(initial['consent'])} />
      </ChoiceField>
      <div className="interest-hp" aria-hidden="true">
        <label htmlFor={id(honeypotField)}>{s['form.honeypot.label']}</label>
        <input type="text" id={id(honeypotField)} tabIndex={-1} autoComplete="off" {...register(honeypotField)} />
      </div>
      <button type="submit" disabled={sending}>
        {sending ? s['form.sending'] : s['form.submit']}
      </button>
    </form>
  );
}
