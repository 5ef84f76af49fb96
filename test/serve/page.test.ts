import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/store.js';
import { dep, scan, set } from '../store/behaviour.js';
import { openSyncedMetadata } from '../../src/metadata/store/synced.js';
import { lazyMetadata, type MetadataSource } from '../../src/serve/metadata-source.js';
import { laravelIndex } from './advisory-fixture.js';
import { fixtureIndex } from './fixture.js';
import { openReadOnly, startServer, type Running } from './harness.js';

/**
 * The search page in a real headless Chromium (Debian's `chromium`, driven by playwright-core; no browser
 * download). Missing Chromium fails the suite: .ci/run installs it. Screenshots go to test-artifacts/screenshots.
 */
const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts', 'screenshots');

function findChromium(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('the browser tests need Chromium: install Debian\'s package (apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run installs it');
  }
}

let browser: Browser;
let store: Store;
let server: Running;
let tokenServer: Running;
/** Over the real Laravel SBOM with advisories synced (advisory-fixture.ts), for the Advisory filter. */
let advisoryStore: Store;
let advisoryMetadata: MetadataSource;
let advisoryServer: Running;
const TOKEN = 'page-test-token-0123456789';
const BIG = 70;

beforeAll(async () => {
  const path = await fixtureIndex();
  const writable = openSqliteStore(path);
  if (!writable.ok) throw new Error(writable.error);
  const many = Array.from({ length: BIG }, (_, i) => dep({ type: 'npm', name: `pkg-${String(i).padStart(2, '0')}`, version: '1.0.0', licenses: ['MIT'] }));
  await writable.value.writeScan(scan('big/mono', 'main', '2026-11-01T00:00:00Z', 'eeee555'), [set('package-lock.json', many)]);
  await writable.value.close();
  store = openReadOnly(path);
  server = await startServer(store);
  tokenServer = await startServer(store, { token: TOKEN });
  const laravel = await laravelIndex();
  advisoryStore = openReadOnly(laravel.path);
  advisoryMetadata = lazyMetadata(() => openSyncedMetadata(laravel.spec, { cwd: laravel.dir, env: {} }));
  advisoryServer = await startServer(advisoryStore, { metadata: advisoryMetadata });
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await tokenServer?.close();
  await store?.close();
  await advisoryServer?.close();
  await advisoryMetadata?.close();
  await advisoryStore?.close();
});

/** A page that fails the test on any script error or dialog (an escaped payload must never run). */
async function open(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`script error in the page: ${e.message}`);
  });
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened (untrusted text ran as script?): ${d.message()}`);
  });
  return page;
}

const rows = (page: Page, caption: string) => page.locator('table', { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr');

describe('the search page', () => {
  it('searches by typing a query; the URL carries it; untrusted text shows as text', async () => {
    const page = await open();
    await page.goto(`${server.base}/`);
    await page.getByLabel('Package name').fill('lodash');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/\?name=lodash$/);
    await expect.poll(() => page.locator('#status').textContent()).toBe('4 dependencies in 3 projects; showing 1–4');
    const table = rows(page, 'Dependencies 1 to 4 of 4');
    await expect.poll(() => table.count()).toBe(4);
    expect(await table.nth(0).locator('td').allTextContents()).toEqual([
      'lodash', '3.10.1', 'acme/api', 'main', 'package-lock.json', 'MIT OR Apache-2.0', 'direct', 'no', '2026-11-01',
    ]);
    expect(await table.nth(3).locator('td').nth(2).textContent()).toBe('evil/<img src=x onerror=alert(1)>');
    expect(await table.nth(3).locator('td').nth(4).textContent()).toBe('<script>alert(1)</script>.json');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'search.png'), fullPage: true });

    // The same URL opened afresh answers the same: a search can be shared.
    const shared = await open();
    await shared.goto(page.url());
    await expect.poll(() => rows(shared, 'Dependencies 1 to 4 of 4').count()).toBe(4);
  });

  it('pages through results with the filters, forward and back', async () => {
    const page = await open();
    await page.goto(`${server.base}/`);
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Project').fill('big/mono');
    await page.getByLabel('Leave out development dependencies').check();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/project=big%2Fmono/);
    await expect.poll(() => page.locator('#status').textContent()).toBe(`${BIG} dependencies in 1 project; showing 1–50`);
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/offset=50/);
    await expect.poll(() => page.locator('#status').textContent()).toBe(`${BIG} dependencies in 1 project; showing 51–70`);
    expect(await rows(page, 'Dependencies 51 to 70').nth(0).locator('td').first().textContent()).toBe('pkg-50');
    expect(await page.getByLabel('Project').inputValue()).toBe('big/mono');
    expect(await page.getByRole('link', { name: 'Next →' }).count()).toBe(0);
    await page.getByRole('link', { name: '← Previous' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(`${BIG} dependencies in 1 project; showing 1–50`);
  });

  it('opens a package page: projects and versions using it, newest version in use', async () => {
    const page = await open();
    await page.goto(`${server.base}/?name=lodash`);
    await page.getByRole('link', { name: 'lodash' }).first().click();
    await page.waitForURL(/\/package\?type=npm&name=lodash$/);
    await expect.poll(() => page.locator('#status').textContent()).toBe('4 uses in 3 projects; newest version in use: 4.17.21');
    expect(await rows(page, 'Versions in use').locator('td:first-child').allTextContents()).toEqual(['4.17.21', '4.17.20', '3.10.1']);
    expect(await rows(page, 'Projects using it').locator('td:first-child').allTextContents()).toEqual([
      'acme/api', 'acme/web/shop', 'evil/<img src=x onerror=alert(1)>',
    ]);
    await page.screenshot({ path: join(SHOTS, 'package.png'), fullPage: true });
  });

  it('opens a project ref page with its sets and downloads its SBOM', async () => {
    const page = await open();
    await page.goto(`${server.base}/package?type=npm&name=lodash`);
    await page.getByRole('link', { name: 'feature/x' }).click();
    await page.waitForURL(/\/project\?project=acme%2Fweb%2Fshop&ref=feature%2Fx$/);
    await expect.poll(() => page.locator('#status').textContent()).toBe('1 dependency file, 1 dependency; last scan 2026-11-10 at bbbb222');
    expect(await rows(page, 'Dependency files').locator('td').allTextContents()).toEqual(['package-lock.json', 'npm', '1', '2026-11-10', 'bbbb222', 'pipeline']);
    // The findings stored with that ref's scan (fixture.ts: one checksum finding on the feature branch).
    expect(await rows(page, 'Findings').locator('td').allTextContents()).toEqual(['medium', 'checksum-changed', 'lodash', '4.17.20', 'package-lock.json', 'a test finding', '2026-11-10']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download SBOM/ }).click()]);
    expect(download.suggestedFilename()).toBe('acme_web_shop@feature_x.cdx.json');
    const saved = join(SHOTS, '..', 'sbom.cdx.json');
    await download.saveAs(saved);
    const bom = JSON.parse(readFileSync(saved, 'utf8')) as { bomFormat: string; components: { purl: string }[] };
    expect([bom.bomFormat, bom.components.map((c) => c.purl)]).toEqual(['CycloneDX', ['pkg:npm/lodash@4.17.20']]);
    await page.screenshot({ path: join(SHOTS, 'project.png'), fullPage: true });
  });

  it('lists the findings of a ref, most severe first, with a link to the advisory', async () => {
    const page = await open();
    await page.goto(`${server.base}/project?project=acme%2Fapi&ref=main`);
    await expect.poll(() => rows(page, 'Findings').count()).toBe(2);
    expect(await rows(page, 'Findings').locator('td:first-child').allTextContents()).toEqual(['critical', 'low']);
    const advisory = rows(page, 'Findings').first().getByRole('link', { name: 'GHSA-jfh8-c2jp-5v3q' });
    expect(await advisory.getAttribute('href')).toBe('https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q');
    await page.goto(`${server.base}/project?project=${encodeURIComponent('evil/<img src=x onerror=alert(1)>')}&ref=main`);
    await expect.poll(() => page.getByText('No findings stored for this ref.').count()).toBe(1);
  });

  it('links no pipeline URL that is not http(s)', async () => {
    const page = await open();
    await page.goto(`${server.base}/project?project=${encodeURIComponent('evil/<img src=x onerror=alert(1)>')}&ref=main`);
    await expect.poll(() => rows(page, 'Dependency files').count()).toBe(1);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
  });

  it('is usable by keyboard and fits a phone screen', async () => {
    const page = await open(375, 740);
    await page.goto(`${server.base}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Skip to content');
    await page.getByLabel('Package name').focus();
    await page.keyboard.type('lodash');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows(page, 'Dependencies 1 to 4 of 4').count()).toBe(4);
    // Wide tables scroll inside their own region; the page itself does not scroll sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const unlabelled = await page.evaluate('[...document.querySelectorAll("input")].filter((i) => !i.labels || i.labels.length === 0).length');
    expect(unlabelled).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'phone.png'), fullPage: true });
  });

  it('finds the dependencies an advisory affects: typed by keyboard in the Advisory filter, carried by the URL', async () => {
    const page = await open();
    await page.goto(`${advisoryServer.base}/`);
    // By keyboard only: open the filters, Tab to the Advisory field, type, Enter.
    await page.locator('summary', { hasText: 'Filters' }).focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 20 && (await page.evaluate('document.activeElement && document.activeElement.id')) !== 'f-advisory'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-advisory');
    await page.keyboard.type('CVE-2023-29197');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/\?advisory=CVE-2023-29197$/);
    await expect.poll(() => page.locator('#status').textContent()).toBe('2 dependencies affected by CVE-2023-29197 in 2 projects; showing 1–2');
    const table = rows(page, 'Dependencies 1 to 2 of 2');
    expect((await table.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent))))).toEqual([
      ['guzzlehttp/psr7', '2.4.4', 'acme/blog', 'old'],
      ['guzzlehttp/psr7', '1.9.0', 'acme/shop', 'main'],
    ]);
    await page.screenshot({ path: join(SHOTS, 'advisory.png'), fullPage: true });

    // The URL opened afresh shows the same, the field filled in; with a scope filter, fewer.
    const shared = await open();
    await shared.goto(`${advisoryServer.base}/?advisory=GHSA-wxmh-65f7-jcvw&default-branch=true`);
    await expect.poll(() => rows(shared, 'Dependencies 1 to 1 of 1').count()).toBe(1);
    expect(await shared.getByLabel('Advisory id or alias').inputValue()).toBe('GHSA-wxmh-65f7-jcvw');
    expect(await rows(shared, 'Dependencies 1 to 1 of 1').locator('td').nth(1).textContent()).toBe('1.9.0');

    // An advisory the metadata does not hold, and a server with no metadata synced, are said in the status line.
    await shared.goto(`${advisoryServer.base}/?advisory=CVE-1999-0000`);
    await expect.poll(() => shared.locator('#status').textContent()).toBe('Error: no advisory "CVE-1999-0000" in the synced package metadata (by id or alias)');
    await shared.goto(`${server.base}/?advisory=CVE-2023-29197`);
    await expect.poll(() => shared.locator('#status').textContent()).toContain('Error: cannot search by advisory: no package metadata is synced');
  });

  it('asks for the API token when the server needs one, then answers', async () => {
    const page = await open();
    await page.goto(`${tokenServer.base}/?name=lodash`);
    await page.getByLabel('This server needs an API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Use token' }).click();
    await expect.poll(() => rows(page, 'Dependencies 1 to 4 of 4').count()).toBe(4);
  });
});
