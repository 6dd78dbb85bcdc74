/**
 * The expression-of-interest form. Written with createElement rather than JSX
 * so the function can render it too (Node runs the functions' TypeScript
 * directly, and Node does not read JSX). Server-rendered it is a plain form that
 * posts to /api/interest; hydrated, it validates with the shared zod schema,
 * shows an error summary (focused) and inline errors, and sends JSON.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { createElement as h, type SubmitEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, useForm } from 'react-hook-form';
import type { FormStrings } from '../lib/interest/messages.ts';
import { readPresets, thanksUrl } from '../lib/interest/paths.ts';
import type { FormOptions } from '../lib/interest/routing.ts';
import {
  contactLanguages,
  createInterestSchema,
  fillTimeField,
  honeypotField,
  interestFields,
  type InterestMessages,
  limits,
} from '../lib/interest/schema.ts';

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
const id = (name: string) => `interest-${name}`;
// The error summary lists fields in the form's order; the copy box never has an error.
const order = interestFields.filter((name) => name !== 'sendCopy');

function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint && `${id(name)}-hint`, error && `${id(name)}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function ErrorText({ name, text, prefix }: { name: string; text: string | undefined; prefix: string }) {
  if (!text) return null;
  return h(
    'p',
    { className: 'field-error', id: `${id(name)}-error` },
    h('span', { className: 'visually-hidden' }, `${prefix} `),
    text,
  );
}

function Hint({ name, text }: { name: string; text: ReactNode }) {
  return h('p', { className: 'field-hint', id: `${id(name)}-hint` }, text);
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
  const initial: Values = {
    name: values['name'] ?? '',
    phone: values['phone'] ?? '',
    email: values['email'] ?? '',
    municipality: values['municipality'] ?? '',
    training: values['training'] ?? '',
    service: values['service'] ?? '',
    contactLanguage: values['contactLanguage'] ?? locale,
    message: values['message'] ?? '',
    sendCopy: values['sendCopy'] === 'on' || values['sendCopy'] === 'true',
    consent: values['consent'] === 'on' || values['consent'] === 'true',
    source: values['source'] ?? '',
    campaign: values['campaign'] ?? '',
    [honeypotField]: '',
  };
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
  const startedAt = useRef(0);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    startedAt.current = Date.now();
    const presets = readPresets(window.location.search);
    const has = (list: Array<{ id: string }>, v?: string) => v && list.some((o) => o.id === v);
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
    if (
      has(
        options.municipalityGroups.flatMap((g) => g.options),
        presets.municipality,
      )
    )
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
  const listed = order.map((name) => [name, errorOf(name)] as const).filter(([, m]) => m);
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
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ ...data, locale, [fillTimeField]: String(Date.now() - startedAt.current) }),
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

  const field = (name: string, hint = false) => ({
    id: id(name),
    'aria-describedby': describedBy(name, hint, Boolean(errorOf(name))),
    'aria-invalid': errorOf(name) ? true : undefined,
  });

  const prefix = s['form.error.prefix'];
  const cls = (name: string, base = 'field') => `${base}${errorOf(name) ? ' field--error' : ''}`;
  const err = (name: string) => h(ErrorText, { name, text: errorOf(name), prefix });
  const hint = (name: string, text: ReactNode) => h(Hint, { name, text });
  const label = (name: string, text: string) => h('label', { htmlFor: id(name) }, text);
  const text = (name: string, type: string, extra: Record<string, unknown>, withHint: boolean) =>
    h('input', { type, ...extra, ...field(name, withHint), ...register(name), defaultValue: String(initial[name]) });
  const select = (name: string, none: string, withHint: boolean, children: ReactNode) =>
    h(
      'select',
      { ...field(name, withHint), ...register(name), defaultValue: String(initial[name]) },
      h('option', { value: '' }, none),
      children,
    );
  const opts = (list: Array<{ id: string; label: string }>) =>
    list.map((o) => h('option', { key: o.id, value: o.id }, o.label));
  const shown = <T extends { institution: string }>(list: T[]) =>
    only ? list.filter((o) => o.institution === only) : list;
  const onlyName = options.institutions.find((o) => o.id === only)?.label;

  return h(
    'form',
    {
      className: 'interest-form',
      method: 'post',
      action: props.action,
      noValidate: true,
      onSubmit: (e: SubmitEvent) => void handleSubmit(onValid)(e),
    },
    (listed.length > 0 || general) &&
      h(
        'div',
        {
          className: 'error-summary',
          role: 'alert',
          'aria-labelledby': 'interest-error-summary-title',
          tabIndex: -1,
          ref: summary,
        },
        h('h2', { id: 'interest-error-summary-title' }, s['form.errorSummary.title']),
        h(
          'ul',
          null,
          general && h('li', null, general),
          listed.map(([name, message]) =>
            h(
              'li',
              { key: name },
              h('a', { href: `#${name === 'contactLanguage' ? `${id(name)}-${locale}` : id(name)}` }, message),
            ),
          ),
        ),
      ),
    h('p', { className: 'field-hint' }, s['form.required.note']),
    h('input', { type: 'hidden', name: 'locale', value: locale }),
    h('input', { type: 'hidden', ...register('source'), defaultValue: String(initial['source']) }),
    h('input', { type: 'hidden', ...register('campaign'), defaultValue: String(initial['campaign']) }),
    h(
      'div',
      { className: cls('name') },
      label('name', s['form.name.label']),
      hint('name', s['form.name.hint']),
      err('name'),
      text('name', 'text', { autoComplete: 'name', maxLength: limits.name }, true),
    ),
    h(
      'fieldset',
      { className: 'field-group' },
      h('legend', null, s['form.contact.legend']),
      h('p', { className: 'field-hint' }, s['form.contact.hint']),
      h(
        'div',
        { className: cls('phone') },
        label('phone', s['form.phone.label']),
        hint('phone', s['form.phone.hint']),
        err('phone'),
        text('phone', 'tel', { autoComplete: 'tel', inputMode: 'tel' }, true),
      ),
      h(
        'div',
        { className: cls('email') },
        label('email', s['form.email.label']),
        err('email'),
        text('email', 'email', { autoComplete: 'email', spellCheck: false }, false),
      ),
    ),
    h(
      'div',
      { className: cls('municipality') },
      label('municipality', s['form.municipality.label']),
      hint('municipality', s['form.municipality.hint']),
      err('municipality'),
      select(
        'municipality',
        s['form.municipality.choose'],
        true,
        options.municipalityGroups.map((g) => h('optgroup', { key: g.label, label: g.label }, opts(g.options))),
      ),
    ),
    onlyName &&
      h(
        'div',
        { className: 'field interest-only', 'data-interest-only': only },
        h('p', null, s['form.institution.only'].replace('{institution}', onlyName)),
        h(
          'button',
          { type: 'button', className: 'button-secondary', onClick: () => setOnly('') },
          s['form.institution.showAll'],
        ),
      ),
    h(
      'div',
      { className: cls('training') },
      label('training', s['form.training.label']),
      hint('training', s['form.training.hint']),
      err('training'),
      select('training', s['form.training.none'], true, opts(shown(options.trainings))),
    ),
    shown(options.services).length > 0 &&
      h(
        'div',
        { className: cls('service') },
        label('service', s['form.service.label']),
        err('service'),
        select('service', s['form.service.none'], false, opts(shown(options.services))),
      ),
    h(
      'fieldset',
      {
        className: cls('contactLanguage', 'field-group'),
        'aria-describedby': errorOf('contactLanguage') ? `${id('contactLanguage')}-error` : undefined,
      },
      h('legend', null, s['form.contactLanguage.legend']),
      err('contactLanguage'),
      h(
        'div',
        { className: 'choices' },
        contactLanguages.map((lang) =>
          h(
            'div',
            { className: 'choice', key: lang },
            h('input', {
              type: 'radio',
              id: `${id('contactLanguage')}-${lang}`,
              value: lang,
              ...register('contactLanguage'),
              defaultChecked: initial['contactLanguage'] === lang,
            }),
            h('label', { htmlFor: `${id('contactLanguage')}-${lang}` }, s[`form.contactLanguage.${lang}`]),
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: cls('message') },
      label('message', s['form.message.label']),
      hint('message', s['form.message.hint']),
      err('message'),
      h('textarea', {
        rows: 5,
        ...field('message', true),
        ...register('message'),
        defaultValue: String(initial['message']),
      }),
    ),
    h(
      'div',
      { className: 'field choice' },
      h('input', {
        type: 'checkbox',
        ...field('sendCopy', true),
        ...register('sendCopy'),
        defaultChecked: Boolean(initial['sendCopy']),
      }),
      label('sendCopy', s['form.sendCopy.label']),
      hint('sendCopy', s['form.sendCopy.hint']),
    ),
    h(
      'div',
      { className: cls('consent', 'field choice') },
      err('consent'),
      h('input', {
        type: 'checkbox',
        ...field('consent', Boolean(props.privacyHref)),
        ...register('consent'),
        defaultChecked: Boolean(initial['consent']),
      }),
      label('consent', s['form.consent.label']),
      props.privacyHref && hint('consent', h('a', { href: props.privacyHref }, s['form.consent.privacy'])),
    ),
    h(
      'div',
      { className: 'interest-hp', 'aria-hidden': 'true' },
      label(honeypotField, s['form.honeypot.label']),
      h('input', {
        type: 'text',
        id: id(honeypotField),
        tabIndex: -1,
        autoComplete: 'off',
        ...register(honeypotField),
      }),
    ),
    h('button', { type: 'submit', disabled: sending }, sending ? s['form.sending'] : s['form.submit']),
  );
}
