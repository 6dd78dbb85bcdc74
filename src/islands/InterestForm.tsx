/** The interest form island; the component lives in interest-form.ts so the function can render it too. */
export { default } from './interest-form.ts';
export type { InterestFormProps } from './interest-form.ts';
