import { launch } from '../tests/e2e/harness.mjs';
import { buildSite, ORIGIN } from '../tests/e2e/served-site.mjs';
const env = await launch(buildSite());
for (const name of ['bbc-1.html', 'medium-1.html', 'aktualne.html']) {
  const page = await env.context.newPage();
  await page.goto(`${ORIGIN}/real/${name}`, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const cdp = await env.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'probe',
  });
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: executionContextId,
    returnByValue: true,
    expression: `(() => {
  const t = (f) => { const s = performance.now(); const r = f(); return [(performance.now() - s).toFixed(2), r]; };
  return {
    textContent: t(() => document.body.textContent.length),
    textContent2: t(() => document.body.textContent.length),
    innerText: t(() => document.body.innerText.length),
  };})()`,
  });
  console.log(name, JSON.stringify(result.value));
  await page.close();
}
await env.close();
