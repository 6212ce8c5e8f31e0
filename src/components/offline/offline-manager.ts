import {
  bundleIndexPath,
  bundlePath,
  cacheNames,
  isSavedRecord,
  parseCacheName,
  pendingRecordUrl,
  revisionFromDigest,
  savedRecordUrl,
  type BundleIndex,
  type LocaleBundle,
  type PendingRecord,
  type SavedRecord,
} from '../../lib/offline/bundle';
import { DownloadError, downloadBundle, formatBytes, type DownloadDeps } from '../../lib/offline/download';
import type { LocaleCode } from '../../lib/locales';
import { serviceWorkerBuild } from './service-worker-client';

/**
 * The "Use offline" page. Cache Storage is the record of what is saved (one cache per language
 * and build, complete when it holds the saved record): it is what the service worker serves from
 * and the only storage a service worker can read, so it cannot disagree with what works offline.
 */

interface Language {
  code: LocaleCode;
  lang: string;
  label: string;
  home: string;
}

interface LanguageState {
  language: Language;
  record: SavedRecord | null;
  storedFiles: number;
  totalFiles: number | null;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

class LanternOfflineManager extends HTMLElement {
  private strings: Record<string, string> = {};
  private languages: Language[] = [];
  private build: string | null = null;
  private index: BundleIndex | null = null;
  private download: AbortController | null = null;

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }
  private t(key: string, values: Record<string, string | number> = {}): string {
    return fill(this.strings[key] ?? key, values);
  }
  private languageOf(code: string): Language {
    return this.languages.find((l) => l.code === code)!;
  }

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}');
    this.languages = JSON.parse(this.dataset.languages ?? '[]');
    this.el('noscript').hidden = true;
    this.el('ui').hidden = false;
    if (location.pathname !== this.dataset.path) {
      // The service worker shows this page in place of a page that is not saved.
      const notice = this.el('not-saved');
      notice.textContent = this.t('page.notSaved');
      notice.hidden = false;
    }
    this.el<HTMLFormElement>('form').addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = new FormData(event.target as HTMLFormElement).get('locale');
      if (typeof chosen === 'string') void this.save(chosen as LocaleCode);
    });
    this.el('stop').addEventListener('click', () => this.download?.abort());
    void this.start();
  }

  private status(message: string) {
    this.el('status').textContent = message;
  }

  private async start() {
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.unavailable('error.unsupported');
      return;
    }
    try {
      await caches.keys();
    } catch {
      this.unavailable('error.storage');
      return;
    }
    this.build = (await serviceWorkerBuild()) ?? (await this.waitForServiceWorker());
    if (!this.build) {
      this.unavailable('error.storage');
      return;
    }
    try {
      const response = await fetch(bundleIndexPath, { cache: 'no-cache' });
      this.index = response.ok ? ((await response.json()) as BundleIndex) : null;
    } catch {
      this.index = null;
    }
    this.showSizes();
    await this.showSpace();
    await this.render();
  }

  private async waitForServiceWorker(): Promise<string | null> {
    try {
      await Promise.race([navigator.serviceWorker.ready, new Promise((_, reject) => setTimeout(reject, 15000))]);
    } catch {
      return null;
    }
    return serviceWorkerBuild(5000);
  }

  private unavailable(key: string) {
    this.status(this.t(key));
    this.el<HTMLButtonElement>('submit').disabled = true;
  }

  private showSizes() {
    for (const language of this.languages) {
      const info = this.index?.build === this.build ? this.index?.locales[language.code] : undefined;
      this.el(`size="${language.code}"`).textContent = info
        ? `(${this.t('choose.size', { size: formatBytes(info.bytes, this.dataset.lang ?? 'en'), pages: info.pages })})`
        : `(${this.t('choose.sizeUnknown')})`;
    }
  }

  private async showSpace() {
    const estimate = await navigator.storage?.estimate?.().catch(() => null);
    if (estimate?.quota !== undefined) {
      const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
      this.el('space').textContent = this.t('choose.space', { size: formatBytes(free, this.dataset.lang ?? 'en') });
    }
  }

  private async states(): Promise<LanguageState[]> {
    const states: LanguageState[] = [];
    for (const name of await caches.keys()) {
      const parsed = parseCacheName(name);
      if (parsed?.kind !== 'locale' || parsed.build !== this.build || !parsed.locale) continue;
      const cache = await caches.open(name);
      const record = await (await cache.match(savedRecordUrl))?.json().catch(() => null);
      const pending = (await (await cache.match(pendingRecordUrl))?.json().catch(() => null)) as PendingRecord | null;
      const keys = await cache.keys();
      const storedFiles = keys.filter((k) => !new URL(k.url).pathname.startsWith('/__lantern/')).length;
      states.push({
        language: this.languageOf(parsed.locale),
        record: isSavedRecord(record) ? record : null,
        storedFiles,
        totalFiles: pending?.files ?? this.index?.locales[parsed.locale]?.files ?? null,
      });
    }
    return states.sort((a, b) => this.languages.indexOf(a.language) - this.languages.indexOf(b.language));
  }

  private async render() {
    const list = this.el('saved');
    list.replaceChildren();
    const lang = this.dataset.lang ?? 'en';
    const states = await this.states();
    for (const state of states) {
      const { language, record } = state;
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'name';
      name.lang = language.lang;
      name.textContent = language.label;
      const detail = document.createElement('span');
      detail.textContent = record
        ? this.t('saved.complete', {
            date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(record.savedAt)),
            size: formatBytes(record.bytes, lang),
          })
        : this.t('saved.partial', { done: state.storedFiles, total: state.totalFiles ?? '?' });
      item.append(name, detail);
      if (record) {
        const open = document.createElement('a');
        open.className = 'button';
        open.href = language.home;
        open.textContent = this.t('saved.open');
        open.setAttribute('aria-label', this.t('saved.openLabel', { language: language.label }));
        item.append(open);
      } else {
        item.append(this.button('saved.resume', 'saved.resumeLabel', language, () => void this.save(language.code)));
      }
      item.append(this.button('saved.remove', 'saved.removeLabel', language, () => void this.removeLanguage(language)));
      list.append(item);
    }
    this.el('saved-none').hidden = states.length > 0;
  }

  private button(key: string, labelKey: string, language: Language, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.t(key);
    button.setAttribute('aria-label', this.t(labelKey, { language: language.label }));
    button.addEventListener('click', onClick);
    return button;
  }

  private async removeLanguage(language: Language) {
    if (!this.build) return;
    await caches.delete(cacheNames.locale(this.build, language.code));
    await this.render();
    await this.showSpace();
    this.status(this.t('saved.removed', { language: language.label }));
  }

  private async save(code: LocaleCode) {
    if (!this.build || this.download) return;
    const language = this.languageOf(code);
    const values = { language: language.label };
    if (!navigator.onLine) {
      this.status(this.t('error.offline'));
      return;
    }
    const existing = (await this.states()).find((s) => s.language.code === code);
    if (existing?.record) {
      this.status(this.t('choose.alreadySaved', values));
      return;
    }
    const submit = this.el<HTMLButtonElement>('submit');
    const progress = this.el('progress');
    const bar = this.el<HTMLProgressElement>('progress-bar');
    const text = this.el('progress-text');
    this.download = new AbortController();
    submit.disabled = true;
    progress.hidden = false;
    this.status(this.t('progress.label', values));
    try {
      let bundle: LocaleBundle;
      try {
        const response = await fetch(bundlePath(code), { cache: 'no-cache' });
        if (!response.ok) throw new Error(String(response.status));
        bundle = (await response.json()) as LocaleBundle;
      } catch (error) {
        throw new DownloadError('network', bundlePath(code), String(error));
      }
      // The server has a newer version than the service worker: its notice will offer to reload.
      if (bundle.build !== this.build) throw new DownloadError('changed', null, 'The site has been updated.');
      const estimate = await navigator.storage?.estimate?.().catch(() => null);
      if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < bundle.bytes) {
        throw new DownloadError('quota', null, 'Not enough space.');
      }
      const persisted = await navigator.storage?.persist?.().catch(() => false);
      this.el('persist').textContent = this.t(persisted ? 'persist.granted' : 'persist.denied');
      let cache: Cache;
      try {
        cache = await caches.open(cacheNames.locale(this.build, code));
        const pending: PendingRecord = { files: bundle.files.length, bytes: bundle.bytes };
        await cache.put(pendingRecordUrl, new Response(JSON.stringify(pending), { headers: { 'content-type': 'application/json' } }));
      } catch (error) {
        throw new DownloadError(error instanceof Error && error.name === 'QuotaExceededError' ? 'quota' : 'storage', null, String(error));
      }
      const deps: DownloadDeps = {
        store: {
          has: async (url) => (await cache.match(url)) !== undefined,
          put: (url, body, contentType) =>
            cache.put(url, new Response(body, { headers: contentType ? { 'content-type': contentType } : {} })),
          putRecord: (record) =>
            cache.put(savedRecordUrl, new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } })),
        },
        fetchFile: async (url) => {
          const response = await fetch(url, { cache: 'no-cache' });
          return { ok: response.ok, status: response.status, body: await response.arrayBuffer(), contentType: response.headers.get('content-type') };
        },
        revisionOf: async (body) => revisionFromDigest(await crypto.subtle.digest('SHA-256', body)),
        now: () => new Date(),
      };
      const lang = this.dataset.lang ?? 'en';
      await downloadBundle(bundle, deps, {
        signal: this.download.signal,
        onProgress: ({ doneBytes, totalBytes }) => {
          bar.value = totalBytes === 0 ? 1 : doneBytes / totalBytes;
          text.textContent = this.t('progress.status', {
            ...values,
            done: formatBytes(doneBytes, lang),
            total: formatBytes(totalBytes, lang),
            percent: totalBytes === 0 ? 100 : Math.floor((100 * doneBytes) / totalBytes),
          });
        },
      });
      this.status(this.t('progress.done', values));
    } catch (error) {
      const reason = error instanceof DownloadError ? error.reason : 'storage';
      this.status(reason === 'aborted' ? this.t('progress.stopped') : this.t(`error.${reason}`, values));
    } finally {
      this.download = null;
      submit.disabled = false;
      progress.hidden = true;
      await this.render();
      await this.showSpace();
    }
  }
}

export function defineOfflineManager() {
  if (!customElements.get('lantern-offline-manager')) customElements.define('lantern-offline-manager', LanternOfflineManager);
}
