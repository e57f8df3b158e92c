// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { toSafeFragment } from '../../src/ui/sanitise';

function render(text: string): HTMLElement {
  const box = document.createElement('div');
  box.append(toSafeFragment(document, text));
  return box;
}

describe('toSafeFragment strips payloads', () => {
  test.each([
    ['<img src=x onerror="alert(1)">said', 'said'],
    ['<script>alert(1)</script>plain', 'plain'],
    ['<svg onload=alert(1)><circle/></svg>ok', 'ok'],
    ['<a href="javascript:alert(1)">link</a>', 'link'],
    ['<em onclick="x()">kept</em>', 'kept'],
    ['<iframe srcdoc="<script>x</script>"></iframe>gone', 'gone'],
  ])('%s', (payload, text) => {
    const box = render(payload);
    expect(box.textContent).toBe(text);
    expect(
      box.querySelector('script, img, svg, a, iframe, [onclick], [onerror], [onload]'),
    ).toBeNull();
  });

  test('keeps emphasis without attributes', () => {
    const box = render('the <em class="x">Ottawa</em> <q>treaty</q>');
    expect(box.querySelector('em')?.attributes).toHaveLength(0);
    expect(box.querySelector('q')?.textContent).toBe('treaty');
  });

  test('plain text with < stays text, never parsed', () => {
    const box = render('fewer than 5 < 6 states & more');
    expect(box.textContent).toBe('fewer than 5 < 6 states & more');
    expect(box.children).toHaveLength(0);
  });
});
