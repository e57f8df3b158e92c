// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startOptionsPage } from '../../src/ui/options-page';

const MARKUP = readFileSync('entrypoints/options/index.html', 'utf8');

function pickFile(input: HTMLInputElement, name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

async function settle(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
}

beforeEach(async () => {
  fakeBrowser.reset();
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    MARKUP,
    'text/html',
  ).documentElement.innerHTML;
  await startOptionsPage(document, new AbortController().signal);
});

describe('options page', () => {
  test('lists the bundled pack, enabled, without a remove button', () => {
    const row = document.querySelector('tr[data-pack="landmine-treaty"]');
    expect(row?.textContent).toMatch(/landmine-treaty/);
    expect(row?.querySelector<HTMLInputElement>('input[type=checkbox]')?.checked).toBe(true);
    expect(row?.querySelector('button')).toBeNull();
  });

  test('a malformed pack file shows its exact problems and adds no row', async () => {
    const input = document.querySelector<HTMLInputElement>('#pack-file')!;
    pickFile(input, 'broken.json', JSON.stringify({ id: 'Bad Id', title: 'x' }));
    await settle(() => document.querySelector('#alert li') !== null);
    const problems = [...document.querySelectorAll('#alert li')].map((li) => li.textContent);
    expect(problems).toContain(
      'id: expected a lower-case id of letters, digits, "-" and ".", got "Bad Id"',
    );
    expect(document.querySelector('#alert')?.textContent).toMatch(
      /^broken\.json: The pack was not imported/,
    );
    expect(document.querySelectorAll('#packs tbody tr')).toHaveLength(1);
  });
});
