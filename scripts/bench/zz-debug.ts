import { launchChromium, serve } from './browser';
import { measureScrub } from './scrub';
const { url, server } = await serve('artifacts/bench/dist');
const browser = await launchChromium();
const mode = (process.argv[2] ?? 'app') as 'app' | 'setdata';
const scale = process.argv[3] === 'scale' ? 'artifacts/bench/scale-data/features.json' : null;
const t = Date.now();
try {
  console.log(
    JSON.stringify(
      await measureScrub(browser, url, {
        mode,
        scrubs: Number(process.argv[4] ?? 5),
        featuresPath: scale,
      }),
    ),
  );
} catch (e) {
  console.log('ERR', e);
}
console.log('took', Date.now() - t);
await browser.close();
await server.close();
