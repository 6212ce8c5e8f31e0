import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Records every request a browser context makes: documents, styles, scripts, fonts, images,
 * fetches, beacons, web sockets, and what its service workers fetch (Chromium reports those on the
 * context). Requests for `data:` and `blob:` URLs never reach a network and are left out.
 */
export class RequestRecorder {
  /** In the order made, with Chromium's resource type (document, stylesheet, script, font…). */
  requests: Array<{ url: string; resourceType: string }> = [];
  private inFlight = 0;
  private lastActivity = Date.now();

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      this.requests.push({ url, resourceType: request.resourceType() });
      this.inFlight += 1;
      this.lastActivity = Date.now();
    });
    const done = () => {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.lastActivity = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    context.on('page', (page) =>
      page.on('websocket', (socket) => this.requests.push({ url: socket.url(), resourceType: 'websocket' })),
    );
  }

  reset(): void {
    this.requests = [];
  }

  /** Every request to another origin than `origin`, in the order made. */
  foreign(origin: string): string[] {
    return this.requests.map((r) => r.url).filter((url) => new URL(url).origin !== origin);
  }

  /**
   * Waits until no request has been in flight for `idleMs`, or `timeoutMs` passed: lazy loads,
   * fonts and service-worker installs that start after the `load` event are recorded too.
   */
  async quiet(idleMs = 150, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.inFlight === 0 && Date.now() - this.lastActivity >= idleMs) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

export type ColourScheme = 'light' | 'dark';

/**
 * Opens pages one after another as first visits: before each, the previous page is unloaded and
 * the site's storage, caches and service workers are cleared, and the HTTP cache is off, so every
 * page fetches everything it needs and its requests are its own. Reusing one tab this way is about
 * a third faster than a new browser context per page.
 */
export class Visitor {
  readonly page: Page;
  readonly requests: RequestRecorder;
  private readonly context: BrowserContext;
  private readonly cdp: CDPSession;
  private origin: string | undefined;
  /** The document being visited, without its fragment: the only one the tab may load. */
  private visiting: string | undefined;

  // Plain fields rather than parameter properties: bench/run.ts imports this file under Node's
  // type stripping, which does not support them.
  private constructor(context: BrowserContext, page: Page, cdp: CDPSession, requests: RequestRecorder) {
    this.context = context;
    this.page = page;
    this.cdp = cdp;
    this.requests = requests;
  }

  static async open(browser: Browser): Promise<Visitor> {
    const context = await browser.newContext();
    const requests = new RequestRecorder(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const visitor = new Visitor(context, page, cdp, requests);
    // A page that sends the browser on by itself (a short link's meta refresh) is checked as it
    // is: any other document it asks for is answered with 204 No Content, which leaves the page
    // where it is. The request is still recorded, for the privacy gate.
    await cdp.send('Fetch.enable', { patterns: [{ resourceType: 'Document', requestStage: 'Request' }] });
    cdp.on('Fetch.requestPaused', (event) => {
      const { requestId } = event;
      const answer =
        withoutFragment(event.request.url) === visitor.visiting
          ? cdp.send('Fetch.continueRequest', { requestId })
          : cdp.send('Fetch.fulfillRequest', { requestId, responseCode: 204, body: '' });
      answer.catch(() => undefined);
    });
    return visitor;
  }

  /**
   * Opens `url` in the given colour scheme and waits until the page, its fonts, the work it puts off
   * until idle and any service worker have settled. Starlight's theme follows the system scheme until the reader picks one,
   * so the scheme selects Starlight's light or dark theme.
   */
  async visit(url: string, colourScheme: ColourScheme = 'light'): Promise<Page> {
    if (this.origin) {
      await this.page.goto('about:blank');
      await this.cdp.send('Storage.clearDataForOrigin', { origin: this.origin, storageTypes: 'all' });
    }
    this.origin = new URL(url).origin;
    this.visiting = withoutFragment(url);
    this.requests.reset();
    await this.page.emulateMedia({ colorScheme: colourScheme });
    await this.page.goto(url, { waitUntil: 'load' });
    await this.page.evaluate(async () => {
      await document.fonts.ready;
      // Work scripts put off until the browser is idle (Starlight loads its search UI that way).
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 }));
      const registrations = await navigator.serviceWorker?.getRegistrations();
      if (registrations?.length) {
        // An installing worker fetches what it precaches: wait for it, but not forever.
        await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
    });
    await this.requests.quiet();
    return this.page;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * Runs `task` over `items` with `workers` visitors at a time, keeping the results in order.
 */
export async function withVisitors<T, R>(
  browser: Browser,
  items: T[],
  workers: number,
  task: (visitor: Visitor, item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    const visitor = await Visitor.open(browser);
    try {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(visitor, items[index]!);
      }
    } finally {
      await visitor.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, worker));
  return results;
}
