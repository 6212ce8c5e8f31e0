import {
  assessmentFile,
  assessmentsArea,
  compare,
  importAssessment,
  listAssessments,
  newAssessment,
  nextAssessmentId,
  results,
  scoreIndicators,
  toCsv,
  type AnswerValue,
  type Assessment,
  type AssessmentsState,
  type InstrumentArea,
} from '../../lib/self-assessment';
import { toEnvelope } from '../../lib/storage';
import { announceLoad, announceSave, deviceStorage } from '../storage/device-storage';

interface Link {
  title: string;
  href: string;
}
interface Instrument {
  areas: Array<{ id: string; title: string; indicators: Array<{ id: string; text: string; href: string; helps: Link[] }> }>;
}
type Strings = Record<string, string> & { answers: Record<AnswerValue, string> };

/** Creates an element; text always goes in as text, never as HTML (imported files are untrusted). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

function download(name: string, type: string, text: string): void {
  const link = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  link.click();
  URL.revokeObjectURL(link.href);
}

class SelfAssessmentElement extends HTMLElement {
  readonly #s: Strings = JSON.parse(this.dataset.strings ?? '{}');
  readonly #instrument: Instrument = JSON.parse(this.querySelector('[data-instrument]')!.textContent ?? '{"areas":[]}');
  readonly #areas: InstrumentArea[] = this.#instrument.areas.map((a) => ({ id: a.id, indicators: a.indicators.map((i) => i.id) }));
  readonly #dateFormat = new Intl.DateTimeFormat(this.dataset.locale, { dateStyle: 'long' });
  #state: AssessmentsState = assessmentsArea.empty();
  #current: string | undefined;

  connectedCallback(): void {
    const loaded = deviceStorage.load(assessmentsArea);
    announceLoad(loaded);
    this.#state = loaded.value;
    for (const node of this.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
    this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('change', (event) => this.#onAnswer(event));
    this.addEventListener('input', (event) => this.#onAnswer(event));
    this.#showList();
  }

  #t(key: string, values: Record<string, string | number> = {}): string {
    return (this.#s[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  }

  #label(assessment: Assessment): string {
    return assessment.label || this.#t('list.unlabelled', { date: this.#formatDate(assessment.date) });
  }

  #formatDate(iso: string): string {
    const date = new Date(`${iso}T12:00:00`);
    return Number.isNaN(date.getTime()) ? iso : this.#dateFormat.format(date);
  }

  #save(): void {
    announceSave(deviceStorage.save(assessmentsArea, this.#state));
  }

  #view(name: 'list' | 'answer' | 'results'): void {
    for (const section of this.querySelectorAll<HTMLElement>(':scope > [data-view]')) section.hidden = section.dataset.view !== name;
  }

  // ── List of assessments, new, import ─────────────────────────────────────────────────

  #showList(focus = false): void {
    this.#current = undefined;
    this.#view('list');
    const list = this.querySelector('[data-list]')!;
    const saved = listAssessments(this.#state);
    if (saved.length === 0) {
      list.replaceChildren(el('p', { textContent: this.#t('list.empty') }));
    } else {
      const total = this.#areas.reduce((n, a) => n + a.indicators.length, 0);
      list.replaceChildren(
        el(
          'ul',
          { className: 'sa-list' },
          ...saved.map(([id, a]) => {
            const answered = total - scoreIndicators(this.#areas.flatMap((area) => area.indicators), a.answers).unanswered;
            const actions = ['continue', 'results', 'rename', 'delete'].map((action) => {
              const button = el('button', { type: 'button', textContent: this.#t(`list.${action}`) });
              button.dataset.action = action;
              button.dataset.id = id;
              button.setAttribute('aria-label', `${this.#t(`list.${action}`)}: ${this.#label(a)}`);
              return button;
            });
            return el(
              'li',
              {},
              el('strong', { textContent: this.#label(a) }),
              ` · ${this.#formatDate(a.date)} · ${this.#t('list.progress', { answered, total })} `,
              el('span', { className: 'sa-buttons' }, ...actions),
            );
          }),
        ),
      );
    }
    if (focus) this.querySelector<HTMLElement>('#sa-list-title')?.focus();
  }

  #onClick(event: Event): void {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action], [data-goto]');
    if (!target) return;
    const { action, id, goto } = target.dataset;
    if (goto) return this.#showArea(goto, true);
    switch (action) {
      case 'start':
        return this.#start();
      case 'import':
        return void this.#import();
      case 'list':
        return this.#showList();
      case 'continue':
        this.#current = id;
        return this.#answer();
      case 'results':
        if (id) this.#current = id;
        return this.#showResults();
      case 'rename': {
        const assessment = id && this.#state.assessments[id];
        if (!assessment) return;
        const label = window.prompt(this.#t('list.renamePrompt'), assessment.label);
        if (label === null) return;
        assessment.label = label.trim().slice(0, 80);
        this.#save();
        return this.#showList();
      }
      case 'delete': {
        const assessment = id && this.#state.assessments[id];
        if (!assessment || !window.confirm(this.#t('list.deleteConfirm', { label: this.#label(assessment) }))) return;
        const label = this.#label(assessment);
        const remaining = { ...this.#state.assessments };
        delete remaining[id!];
        this.#state = { assessments: remaining };
        this.#save();
        this.#showList();
        this.querySelector('[data-list-status]')!.textContent = this.#t('list.deleted', { label });
        return;
      }
      case 'print':
        return window.print();
      case 'export-json':
        return this.#exportJson();
      case 'export-csv':
        return this.#exportCsv();
      case 'edit':
        return this.#answer();
    }
  }

  #field(name: string): HTMLInputElement | HTMLSelectElement {
    return this.querySelector(`[data-field="${name}"]`)!;
  }

  #start(): void {
    const date = this.#field('date').value || new Date().toISOString().slice(0, 10);
    const rating = Number(this.#field('selfRating').value);
    const assessment = newAssessment(
      { label: this.#field('label').value, date, participants: this.#field('participants').value, ...(rating ? { selfRating: rating } : {}) },
      new Date(),
    );
    this.#current = nextAssessmentId(this.#state);
    this.#state = { assessments: { ...this.#state.assessments, [this.#current]: assessment } };
    this.#save();
    this.#field('label').value = '';
    this.#field('participants').value = '';
    this.#answer();
  }

  async #import(): Promise<void> {
    const status = this.querySelector('[data-import-status]')!;
    // A message from an earlier file must never read as the answer for this one.
    status.replaceChildren();
    const file = this.querySelector<HTMLInputElement>('[data-import-file]')!.files?.[0];
    if (!file) return void (status.textContent = this.#t('import.noFile'));
    // Read at most a little over the limit: a huge file is refused without loading it whole.
    const text = await file.slice(0, 1_000_001 + 4).text();
    const result = importAssessment(this.#state, text, new Date());
    if (!result.ok) {
      const { reason, detail } = result.rejection;
      status.replaceChildren(
        el('p', { textContent: this.#t(`import.error.${reason}`, { detail: detail ?? '' }) }),
        el('p', { textContent: this.#t('import.unchanged') }),
      );
      return;
    }
    this.#state = result.state;
    this.#save();
    this.#showList();
    status.replaceChildren(el('p', { textContent: this.#t('import.ok', { label: this.#label(result.state.assessments[result.id]!) }) }));
  }

  // ── Answering, area by area ───────────────────────────────────────────────────────────

  #assessment(): Assessment | undefined {
    return this.#current ? this.#state.assessments[this.#current] : undefined;
  }

  #answer(): void {
    const assessment = this.#assessment();
    if (!assessment) return this.#showList();
    this.#view('answer');
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('[data-indicator]')) {
      const saved = assessment.answers[fieldset.dataset.indicator!];
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === saved?.value;
      fieldset.querySelector<HTMLTextAreaElement>('[data-note]')!.value = saved?.note ?? '';
    }
    const firstOpen = this.#areas.find((a) => a.indicators.some((id) => !assessment.answers[id])) ?? this.#areas[0]!;
    this.#showArea(firstOpen.id, true);
  }

  #showArea(areaId: string, focus: boolean): void {
    for (const section of this.querySelectorAll<HTMLElement>('[data-area]')) section.hidden = section.dataset.area !== areaId;
    this.#renderProgress(areaId);
    if (focus) this.querySelector<HTMLElement>(`[data-area="${areaId}"] h2`)?.focus();
  }

  #renderProgress(currentArea?: string): void {
    const assessment = this.#assessment();
    if (!assessment) return;
    const all = this.#areas.flatMap((a) => a.indicators);
    const { unanswered } = scoreIndicators(all, assessment.answers);
    this.querySelector('[data-progress]')!.textContent = this.#t('answer.progress', { answered: all.length - unanswered, total: all.length });
    const visible = currentArea ?? this.querySelector<HTMLElement>('[data-area]:not([hidden])')?.dataset.area;
    this.querySelector('[data-area-nav]')!.replaceChildren(
      ...this.#areas.map((area) => {
        const score = scoreIndicators(area.indicators, assessment.answers);
        const button = el('button', { type: 'button', textContent: `${area.id} (${area.indicators.length - score.unanswered}/${area.indicators.length})` });
        button.dataset.goto = area.id;
        if (area.id === visible) button.setAttribute('aria-current', 'step');
        return el('li', {}, button);
      }),
    );
  }

  #onAnswer(event: Event): void {
    const target = event.target as HTMLElement;
    const assessment = this.#assessment();
    if (!assessment) return;
    const fieldset = target.closest<HTMLElement>('[data-indicator]');
    if (fieldset && (target.matches('input[type="radio"]') || target.matches('[data-note]'))) {
      const id = fieldset.dataset.indicator!;
      const value = fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value as AnswerValue | undefined;
      const note = fieldset.querySelector<HTMLTextAreaElement>('[data-note]')!.value.slice(0, 2000);
      if (value) assessment.answers[id] = note ? { value, note } : { value };
      else delete assessment.answers[id];
    } else if (target.matches('[data-action-field]')) {
      const { indicator, actionField } = target.dataset as { indicator: string; actionField: 'owner' | 'target' };
      const entry = (assessment.actions[indicator] ??= {});
      entry[actionField] = (target as HTMLInputElement).value.slice(0, 120);
    } else return;
    assessment.updatedAt = new Date().toISOString();
    this.#save();
    if (fieldset) this.#renderProgress();
  }

  // ── Results, action plan, comparison, export ─────────────────────────────────────────

  #indicator(id: string) {
    return this.#instrument.areas.flatMap((a) => a.indicators).find((i) => i.id === id);
  }

  #showResults(): void {
    const assessment = this.#assessment();
    if (!assessment) return this.#showList();
    this.#view('results');
    const r = results(this.#areas, assessment);
    const percent = (score: number | null) => (score === null ? this.#t('results.noScore') : `${score} %`);
    const heading = el('h2', { tabIndex: -1, textContent: `${this.#t('results.title')}: ${this.#label(assessment)}` });
    const container = this.querySelector('[data-results]')!;
    container.replaceChildren(
      heading,
      el('p', { textContent: [this.#formatDate(assessment.date), assessment.participants].filter(Boolean).join(' · ') }),
      el('p', {}, `${this.#t('results.overall')}: `, el('span', { className: 'sa-overall', textContent: percent(r.overall.score) })),
      ...(r.overall.unanswered ? [el('p', { textContent: this.#t('results.incomplete', { count: r.overall.unanswered }) })] : []),
      ...(assessment.selfRating ? [el('p', { textContent: this.#t('results.selfRating', { rating: assessment.selfRating }) })] : []),
      this.#buttons(),
      el('h3', { textContent: this.#t('results.chartTitle') }),
      this.#chart(r.areas),
      this.#scoreTable(r.areas),
      el('h3', { textContent: this.#t('results.strengths') }),
      el('p', { textContent: this.#t('results.strengthsIntro') }),
      r.strengths.length
        ? el('ul', {}, ...r.strengths.map((id) => el('li', { textContent: this.#areaTitle(id) })))
        : el('p', { textContent: this.#t('results.noStrengths') }),
      el('h3', { textContent: this.#t('results.gaps') }),
      el('p', { textContent: this.#t('results.gapsIntro') }),
      r.gaps.length ? this.#actionPlan(assessment, r.gaps) : el('p', { textContent: this.#t('results.noGaps') }),
      this.#compareChooser(assessment),
    );
    heading.focus();
  }

  #areaTitle(id: string): string {
    const area = this.#instrument.areas.find((a) => a.id === id);
    return area ? `${area.id} · ${area.title}` : id;
  }

  #buttons(): HTMLElement {
    const make = (key: string, action: string) => {
      const button = el('button', { type: 'button', textContent: this.#t(key) });
      button.dataset.action = action;
      return button;
    };
    return el(
      'div',
      { className: 'sa-buttons' },
      make('results.print', 'print'),
      make('results.exportJson', 'export-json'),
      make('results.exportCsv', 'export-csv'),
      make('results.edit', 'edit'),
      make('answer.toList', 'list'),
    );
  }

  #chart(areas: ReturnType<typeof results>['areas']): SVGSVGElement {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = (tag: string, attrs: Record<string, string | number>, text?: string) => {
      const node = document.createElementNS(ns, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const rowHeight = 26;
    // role="img" with <title> and <desc> as first children: they give the chart its name and description.
    const chart = svg('svg', { viewBox: `0 0 400 ${areas.length * rowHeight + 4}`, role: 'img' }) as SVGSVGElement;
    chart.append(svg('title', {}, this.#t('results.chartTitle')), svg('desc', {}, this.#t('results.chartDescription')));
    areas.forEach((area, i) => {
      const y = i * rowHeight + 4;
      chart.append(
        svg('text', { x: 0, y: y + 15 }, area.id),
        svg('rect', { class: 'sa-bar-track', x: 44, y, width: 300, height: 18, rx: 3 }),
        svg('rect', { class: 'sa-bar', x: 44, y, width: (300 * (area.score ?? 0)) / 100, height: 18, rx: 3 }),
        svg('text', { x: 350, y: y + 15 }, area.score === null ? '–' : `${area.score} %`),
      );
    });
    return chart;
  }

  #scoreTable(areas: ReturnType<typeof results>['areas']): HTMLTableElement {
    const head = ['results.area', 'results.score', 'results.met', 'results.partly', 'results.notMet', 'results.na', 'results.unanswered'];
    return el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...head.map((key) => el('th', { scope: 'col', textContent: this.#t(key) })))),
      el(
        'tbody',
        {},
        ...areas.map((a) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row', textContent: this.#areaTitle(a.id) }),
            ...[a.score === null ? '–' : `${a.score} %`, a.met, a.partly, a.notMet, a.notApplicable, a.unanswered].map((v) => el('td', { textContent: String(v) })),
          ),
        ),
      ),
    );
  }

  #actionPlan(assessment: Assessment, gaps: ReturnType<typeof results>['gaps']): HTMLElement {
    const field = (indicator: string, name: 'owner' | 'target', key: string) => {
      const id = `sa-${name}-${indicator}`;
      const input = el('input', { id, type: name === 'target' ? 'date' : 'text', value: assessment.actions[indicator]?.[name] ?? '' });
      input.dataset.indicator = indicator;
      input.dataset.actionField = name;
      if (name === 'owner') input.maxLength = 120;
      return el('p', { className: 'sa-action-field' }, el('label', { htmlFor: id, textContent: this.#t(key) }), input);
    };
    return el(
      'div',
      {},
      el('h3', { textContent: this.#t('results.actionPlan') }),
      el('p', { textContent: this.#t('results.actionIntro') }),
      el(
        'ol',
        { className: 'sa-actions' },
        ...gaps.map((gap) => {
          const indicator = this.#indicator(gap.indicator)!;
          const note = assessment.answers[gap.indicator]?.note;
          return el(
            'li',
            { className: 'sa-action' },
            el('p', {}, el('strong', { textContent: `${gap.indicator} · ${this.#s.answers[gap.value]}` }), ` ${indicator.text}`),
            ...(note ? [el('p', {}, el('em', { textContent: note }))] : []),
            el('p', { textContent: this.#t('results.helps') }),
            el(
              'ul',
              {},
              el('li', {}, el('a', { href: indicator.href, textContent: this.#t('results.standard', { id: gap.indicator }) })),
              ...indicator.helps.map((help) => el('li', {}, el('a', { href: help.href, textContent: help.title }))),
            ),
            el('div', { className: 'sa-action-fields' }, field(gap.indicator, 'owner', 'results.owner'), field(gap.indicator, 'target', 'results.target')),
          );
        }),
      ),
    );
  }

  #compareChooser(assessment: Assessment): HTMLElement {
    const others = listAssessments(this.#state).filter(([id]) => id !== this.#current);
    const wrapper = el('div', {});
    if (others.length === 0) return wrapper;
    const select = el('select', { id: 'sa-compare' }, el('option', { value: '', textContent: this.#t('results.compareChoose') }), ...others.map(([id, a]) => el('option', { value: id, textContent: `${this.#label(a)} (${this.#formatDate(a.date)})` })));
    const output = el('div', { role: 'status' });
    select.addEventListener('change', () => {
      const other = this.#state.assessments[select.value];
      if (!other) return output.replaceChildren();
      const rows = compare(this.#areas, other, assessment);
      const cell = (v: number | null, signed = false) => el('td', { textContent: v === null ? '–' : signed && v > 0 ? `+${v}` : String(v) });
      output.replaceChildren(
        el('h3', { textContent: this.#t('results.compareTitle') }),
        el(
          'table',
          {},
          el('thead', {}, el('tr', {}, ...['results.area', 'results.earlier', 'results.later', 'results.change'].map((k) => el('th', { scope: 'col', textContent: this.#t(k) })))),
          el('tbody', {}, ...rows.map((row) => el('tr', {}, el('th', { scope: 'row', textContent: row.id === 'overall' ? this.#t('results.overallRow') : this.#areaTitle(row.id) }), cell(row.earlier), cell(row.later), cell(row.change, true)))),
        ),
      );
    });
    wrapper.append(el('div', { className: 'sa-compare-choose' }, el('label', { htmlFor: 'sa-compare', textContent: this.#t('results.compare') }), select), output);
    return wrapper;
  }

  #fileName(extension: string): string {
    const assessment = this.#assessment()!;
    const label = assessment.label.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40);
    return `lantern-self-assessment-${assessment.date}${label ? `-${label}` : ''}.${extension}`;
  }

  #exportJson(): void {
    const assessment = this.#assessment();
    if (assessment) download(this.#fileName('json'), 'application/json', JSON.stringify(toEnvelope(assessmentFile, assessment), null, 2));
  }

  #exportCsv(): void {
    const assessment = this.#assessment();
    if (!assessment) return;
    const header = ['csv.area', 'csv.indicator', 'csv.text', 'csv.answer', 'csv.note', 'csv.owner', 'csv.target'].map((k) => this.#t(k));
    const rows = this.#instrument.areas.flatMap((area) =>
      area.indicators.map((indicator) => {
        const answer = assessment.answers[indicator.id];
        const action = assessment.actions[indicator.id];
        return [`${area.id} ${area.title}`, indicator.id, indicator.text, answer ? this.#s.answers[answer.value] : '', answer?.note ?? '', action?.owner ?? '', action?.target ?? ''];
      }),
    );
    download(this.#fileName('csv'), 'text/csv;charset=utf-8', toCsv([header, ...rows]));
  }
}

customElements.define('lantern-self-assessment', SelfAssessmentElement);
