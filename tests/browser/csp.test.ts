import { describe, expect, it } from 'vitest';
import { baseUrl, appSessionFixture } from './harness';

/** Directive name → its source tokens, as the browser would read the policy. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), tokens);
  }
  return directives;
}

/** The policy of the served index.html: its header if any, else its meta tag, else null. */
async function servedPolicy(): Promise<{ policy: string | null; html: string }> {
  const response = await fetch(baseUrl());
  const html = await response.text();
  const header = response.headers.get('content-security-policy');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return { policy: header ?? meta?.[1] ?? null, html };
}

const app = appSessionFixture();

describe('Content-Security-Policy of the production build', () => {
  it('forbids inline scripts and limits connections to the origin', async () => {
    const { policy, html } = await servedPolicy();
    expect(policy, 'index.html has no CSP (meta or header)').not.toBeNull();
    const directives = parsePolicy(policy ?? '');
    const scripts = directives.get('script-src') ?? directives.get('default-src');
    expect(scripts, 'neither script-src nor default-src is set').toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain('*');
    const connect = directives.get('connect-src') ?? directives.get('default-src');
    expect(connect).toEqual(["'self'"]);
    // A meta policy governs only what follows it, so it must come before the first script.
    const metaAt = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
    const scriptAt = html.search(/<script/i);
    if (metaAt >= 0 && scriptAt >= 0) expect(metaAt).toBeLessThan(scriptAt);
  });

  it('does not run injected inline scripts or handlers, nor connect elsewhere', async () => {
    const map = await app.open('/');
    await map.waitForIdle();
    // The refusals below are the point of the test; Chromium logs each one.
    app.expectConsoleErrors(/Content Security Policy/);
    const outcome = await map.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.effectiveDirective),
      );
      const flags = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__injectedScript = true;';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onload="window.__injectedHandler = true">';
      document.body.append(holder);
      let fetched = 'allowed';
      try {
        await fetch('http://127.0.0.1:9/elsewhere');
      } catch {
        fetched = 'refused';
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        script: flags.__injectedScript ?? null,
        handler: flags.__injectedHandler ?? null,
        fetched,
        violations,
      };
    });
    expect(outcome.script).toBeNull();
    expect(outcome.handler).toBeNull();
    expect(outcome.fetched).toBe('refused');
    expect(outcome.violations).toEqual(
      expect.arrayContaining(['script-src-elem', 'script-src-attr', 'connect-src']),
    );
  });
});
