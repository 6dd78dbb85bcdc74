/** The Suomi.fi design tokens stylesheet made at build by src/integrations/design-tokens.ts. */
declare module 'virtual:polku/suomifi-tokens.css';
