/**
 * A Swedish-speaking person fills the form by keyboard only, with JavaScript
 * and without, and the message lands in the outbox for the right institution.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { localizedName, resolveDestination, type RoutingTable } from '../../src/lib/interest/routing.ts';

// The table the build generated from whichever content tree it built: the test follows the content.
const table = JSON.parse(readFileSync('src/generated/routing.json', 'utf8')) as RoutingTable;
const training = Object.keys(table.trainings).find((id) => table.trainings[id]!.municipalities.includes('porvoo'))!;
const toTraining = resolveDestination(table, { municipality: 'porvoo', training })!;
const toGuidance = resolveDestination(table, { municipality: 'porvoo' })!;
const nameOf = (institution: string) => localizedName(table.institutions[institution]!.name, 'sv');
const trainingsOf = (institution: string) =>
  Object.keys(table.trainings).filter((id) => table.trainings[id]!.institution === institution);
// An institution with trainings, while other institutions have trainings too (so narrowing shows).
const narrowed = Object.keys(table.institutions).find(
  (id) => trainingsOf(id).length > 0 && trainingsOf(id).length < Object.keys(table.trainings).length,
)!;

async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function outboxMessage(reference: string): Promise<{ eml: string; json: Record<string, unknown> }> {
  const dir = inject('outboxDir');
  const file = join(dir, `${reference}.eml`);
  for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((ok) => setTimeout(ok, 100));
  return { eml: readFileSync(file, 'utf8'), json: JSON.parse(readFileSync(join(dir, `${reference}.json`), 'utf8')) };
}

const head = (eml: string) => eml.slice(0, eml.indexOf('\r\n\r\n'));

async function confirmation(page: Page, institution: string): Promise<string> {
  await page.waitForURL(/\/sv\/intresse\/tack\/\?viite=/);
  const reference = new URL(page.url()).searchParams.get('viite')!;
  expect(await page.locator('h1').textContent()).toBe('Tack, din intresseanmälan har skickats');
  expect(await page.locator('[data-interest-reference]').textContent()).toBe(reference);
  expect(await page.locator('[data-interest-institution]').textContent()).toBe(
    `Du blir kontaktad av ${nameOf(institution)}.`,
  );
  expect(page.url()).not.toMatch(/Anna|040/);
  return reference;
}

describeBrowser('the interest form in Chromium, by keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with JavaScript: error summary, fix, send, confirmation, message in the outbox', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/sv/intresse/?utbildning=${training}&k%C3%A4lla=instagram`);
    await page.waitForSelector('astro-island:not([ssr])');
    // The preset is applied right after hydration: wait for it rather than assume it.
    await expect.poll(() => page.inputValue('#interest-training')).toBe(training);

    await tabTo(page, 'interest-name');
    await page.keyboard.type('Anna Andersson');
    await page.keyboard.press('Enter');

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.locator('h2').textContent()).toBe('Kontrollera följande');
    const links = await summary.locator('a').allTextContents();
    expect(links).toEqual([
      'Ange ett telefonnummer eller en e-postadress så att du kan bli kontaktad.',
      'Välj din hemkommun.',
      'Ge ditt samtycke till att uppgifterna förmedlas, så att läroanstalten kan kontakta dig.',
    ]);
    expect(await page.getAttribute('#interest-phone', 'aria-describedby')).toContain('interest-phone-error');

    // Follow the first link in the summary to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('interest-phone');
    await page.keyboard.type('040 123 4567');
    await tabTo(page, 'interest-municipality');
    await page.keyboard.type('Borg');
    expect(await page.inputValue('#interest-municipality')).toBe('porvoo');
    await tabTo(page, 'interest-consent');
    await page.keyboard.press('Space');
    // The script records the fill time; faster than 2.5 s is taken for a robot and silently dropped.
    await page.waitForTimeout(2500);
    await tabTo(page, 'interest-name');
    await page.keyboard.press('Enter');

    const reference = await confirmation(page, toTraining.institution);
    const { eml, json } = await outboxMessage(reference);
    expect(head(eml)).toContain(`To: ${toTraining.email}`);
    expect(head(eml)).toMatch(new RegExp(`^Subject: .*${reference}`, 'm'));
    expect(json).toMatchObject({
      reference,
      institution: toTraining.institution,
      training,
      source: 'instagram',
      locale: 'sv',
    });
    await context.close();
  }, 90_000);

  it('without JavaScript: the function shows the form again with values kept, then the confirmation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/sv/intresse/?k%C3%A4lla=qr-affisch`);
    await tabTo(page, 'interest-name');
    await page.keyboard.type('Anna Andersson');
    await tabTo(page, 'interest-email');
    await page.keyboard.type('anna@');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/api\/interest$/);
    const summary = page.locator('.error-summary');
    expect(await summary.locator('h2').textContent()).toBe('Kontrollera följande');
    expect(await summary.locator('a').allTextContents()).toContain('Skriv e-postadressen i formen namn@exempel.fi.');
    expect(await page.inputValue('#interest-name')).toBe('Anna Andersson');
    expect(await page.inputValue('#interest-email')).toBe('anna@');
    expect(await page.locator('h1').textContent()).toBe('Anmäl intresse');

    await tabTo(page, 'interest-email');
    await page.keyboard.press('End');
    await page.keyboard.type('example.fi');
    await tabTo(page, 'interest-municipality');
    await page.keyboard.type('Borg');
    await tabTo(page, 'interest-consent');
    await page.keyboard.press('Space');
    await tabTo(page, 'interest-name');
    await page.keyboard.press('Enter');

    const reference = await confirmation(page, toGuidance.institution);
    const { eml, json } = await outboxMessage(reference);
    expect(head(eml)).toContain(`To: ${toGuidance.email}`);
    expect(head(eml)).toContain('Reply-To: Anna Andersson <anna@example.fi>');
    expect(json).toMatchObject({
      reference,
      institution: toGuidance.institution,
      source: 'qr-affisch',
      email: 'anna@example.fi',
    });
    await context.close();
  }, 90_000);

  it("from an institution's page, the form lists only that institution's trainings, and all again on request", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/sv/laroanstalter/${narrowed}/`);
    await page.click('[data-interest-link]');
    await page.waitForURL(/\/sv\/intresse\/\?l%C3%A4roanstalt=/);
    await page.waitForSelector('astro-island:not([ssr])');
    const trainingOptions = () =>
      page.$$eval('#interest-training option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

    const line = page.locator('[data-interest-only]');
    await line.waitFor();
    expect(await line.locator('p').textContent()).toBe(
      `Listorna visar bara utbildningar och tjänster vid ${nameOf(narrowed)}.`,
    );
    expect((await trainingOptions()).sort()).toEqual(trainingsOf(narrowed).sort());

    await line.getByRole('button', { name: 'Visa alla utbildningar och tjänster' }).click();
    await line.waitFor({ state: 'detached' });
    expect((await trainingOptions()).sort()).toEqual(Object.keys(table.trainings).sort());
    await context.close();
  }, 90_000);
});
