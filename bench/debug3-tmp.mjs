import { launch } from '../tests/e2e/harness.mjs';
import { buildSite, ORIGIN } from '../tests/e2e/served-site.mjs';
const env = await launch(buildSite());
for (const name of [
  'bbc-1.html',
  'medium-1.html',
  'aktualne.html',
  'yahoo-1.html',
  'wapo-1.html',
]) {
  const out = [];
  for (let i = 0; i < 3; i++) {
    const page = await env.context.newPage();
    const cdp = await env.context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
    await page.goto(`${ORIGIN}/real/${name}`, { waitUntil: 'load' });
    await page.waitForTimeout(2000);
    await cdp.send('Tracing.end');
    await complete;
    out.push(
      events
        .filter((e) => e.dur && JSON.stringify(e.args ?? {}).includes('chrome-extension://'))
        .map((e) => `${e.name}:${(e.dur / 1000).toFixed(1)}`)
        .join(' '),
    );
    await page.close();
  }
  console.log(name, out);
}
await env.close();
