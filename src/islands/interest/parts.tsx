/** The form's building blocks: a field with its label, hint and error; a checkbox field; the error summary. */
import type { ReactNode, Ref } from 'react';

export const fieldId = (name: string) => `interest-${name}`;

interface Common {
  name: string;
  prefix: string;
  errorOf: (name: string) => string | undefined;
}

function ErrorText({ name, prefix, errorOf }: Common) {
  const text = errorOf(name);
  if (!text) return null;
  return (
    <p className="field-error" id={`${fieldId(name)}-error`}>
      <span className="visually-hidden">{`${prefix} `}</span>
      {text}
    </p>
  );
}

function Hint({ name, text }: { name: string; text: ReactNode }) {
  return text ? (
    <p className="field-hint" id={`${fieldId(name)}-hint`}>
      {text}
    </p>
  ) : null;
}

/** Label, hint and error above the control, in the order a screen reader and the eye meet them. */
export function Field(props: Common & { label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className={`field${props.errorOf(props.name) ? ' field--error' : ''}`}>
      <label htmlFor={fieldId(props.name)}>{props.label}</label>
      <Hint name={props.name} text={props.hint} />
      <ErrorText {...props} />
      {props.children}
    </div>
  );
}

/** A checkbox with its label beside it and the hint below. */
export function ChoiceField(props: Common & { label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className={`field choice${props.errorOf(props.name) ? ' field--error' : ''}`}>
      <ErrorText {...props} />
      {props.children}
      <label htmlFor={fieldId(props.name)}>{props.label}</label>
      <Hint name={props.name} text={props.hint} />
    </div>
  );
}
ChoiceField.Error = ErrorText;

/** GOV.UK-style summary: focused when shown, each problem a link to its field. */
export function ErrorSummary(props: {
  ref: Ref<HTMLDivElement>;
  title: string;
  general: string | undefined;
  items: Array<{ href: string; message: string }>;
}) {
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="interest-error-summary-title"
      tabIndex={-1}
      ref={props.ref}
    >
      <h2 id="interest-error-summary-title">{props.title}</h2>
      <ul>
        {props.general && <li>{props.general}</li>}
        {props.items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
