/** Talking to Lantern's service worker from a page (src/service-worker/sw.ts, "Messages"). */

/** The build ID of the service worker in charge (or about to be), or null without one. */
export async function serviceWorkerBuild(timeoutMs = 2000): Promise<string | null> {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  const worker = navigator.serviceWorker.controller ?? registration?.active ?? null;
  if (!worker) return null;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), timeoutMs);
    channel.port1.onmessage = (event: MessageEvent<{ build?: string }>) => {
      clearTimeout(timer);
      resolve(typeof event.data?.build === 'string' ? event.data.build : null);
    };
    worker.postMessage({ type: 'build' }, [channel.port2]);
  });
}
