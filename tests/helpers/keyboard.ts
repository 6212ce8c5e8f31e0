import type { Page } from 'playwright-core';

/**
 * Keyboard gate, as a helper feature tests can call on a page in any state (a dialog open, a
 * form with errors shown). With a modal dialog open, only the dialog's controls are checked.
 *
 * 1. Reachable: every visible, enabled control in the tab order (links, buttons, form fields,
 *    summaries, anything with tabindex ≥ 0) receives focus by pressing Tab from the top of the page.
 *    Radio buttons count as one stop per group, as browsers make them.
 * 2. Visible focus: when Tab lands on a control, something visible changes compared with the same
 *    control unfocused: its outline (not transparent), box shadow, drawn border, background, text
 *    decoration, clip or size (a skip link appearing), on the control, its ::before/::after, its
 *    parent or its next sibling (custom checkboxes draw focus on a sibling of the hidden input).
 *    A change of text colour alone does not count.
 * 3. Operable: native controls (links, buttons, form fields, summary) are operable by keyboard by
 *    definition. A control made from another element (a tabindex plus a role such as button, tab or
 *    checkbox) must react to Enter or Space: the helper presses the key and expects a click event,
 *    a change in the DOM or a navigation.
 *
 * Returns one line per problem, naming the control; an empty list means the page passes.
 * The helper presses keys and may activate custom controls: call it last in a test, or reload after.
 */
export async function keyboardProblems(page: Page, options: { maxTabs?: number } = {}): Promise<string[]> {
  // Unfocused looks are recorded with nothing focused (a feature test may have typed in a field).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const candidates = await page.evaluate(markControls);
  const problems: string[] = [];
  const reached = new Set<string>();
  const maxTabs = options.maxTabs ?? candidates.length + 20;

  // Start from the top of the page (or of the open dialog): focus a temporary element placed
  // first, so the first Tab lands on the first control whatever had focus before.
  await page.evaluate(() => {
    const scope = document.querySelector('dialog:modal') ?? document.body;
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.keyboardGateStart = '';
    scope.prepend(start);
    start.focus();
  });
  let first: string | undefined;
  for (let step = 0; step < maxTabs; step += 1) {
    await page.keyboard.press('Tab');
    if (step === 0) await page.evaluate(() => document.querySelector('[data-keyboard-gate-start]')?.remove());
    const focused = await page.evaluate(describeFocus);
    if (!focused) {
      if (first !== undefined) break; // Focus left the page after the last control.
      continue;
    }
    if (focused.id === first) break; // Wrapped round to the first control.
    first ??= focused.id;
    if (reached.has(focused.id)) continue;
    reached.add(focused.id);
    if (!focused.indicator) problems.push(`${focused.label}: no visible focus indicator`);
  }

  for (const control of candidates) {
    const groupReached = control.group !== undefined && candidates.some((c) => c.group === control.group && reached.has(c.id));
    if (!reached.has(control.id) && !groupReached) problems.push(`${control.label}: cannot be reached with Tab`);
  }

  for (const control of candidates.filter((c) => c.custom && reached.has(c.id))) {
    const problem = await activationProblem(page, control);
    if (problem) problems.push(problem);
  }
  return problems;
}

interface Control {
  /** Value of the data-keyboard-gate attribute set on the element. */
  id: string;
  label: string;
  /** Radio group name, when the control is a named radio button. */
  group?: string;
  /** Not a native control: needs its own keyboard handling. */
  custom: boolean;
  key: 'Enter' | ' ';
}

interface Focused {
  id: string;
  label: string;
  indicator: boolean;
}

interface GateInPage {
  /** How an element and its surroundings look now, as one comparable string. */
  look(element: Element): string;
  describe(element: Element): string;
  unfocused: Map<string, string>;
}

/**
 * Runs in the page (serialised, so self-contained): installs the functions that describe how a
 * control looks, then marks every control that should be in the tab order and records how each
 * looks unfocused.
 */
function markControls(): Control[] {
  // What can show focus. Text colour alone does not count: a slightly darker link is not a
  // focus indicator anyone can rely on (and Starlight's table of contents recolours links as
  // the page scrolls). Borders count only where they are drawn.
  const watched = [
    'box-shadow', 'background-color', 'background-image', 'text-decoration-line', 'text-decoration-style',
    'clip', 'clip-path', 'width', 'height', 'opacity', 'transform', 'filter',
  ];
  const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
  const drawn = (style: CSSStyleDeclaration, side: string) => {
    const width = style.getPropertyValue(`border-${side}-width`);
    const lineStyle = style.getPropertyValue(`border-${side}-style`);
    const colour = style.getPropertyValue(`border-${side}-color`);
    return parseFloat(width) > 0 && lineStyle !== 'none' && lineStyle !== 'hidden' && !transparent(colour) ? `${width} ${lineStyle} ${colour}` : 'none';
  };
  const part = (element: Element | null, pseudo?: string): string => {
    if (!element) return '';
    const style = getComputedStyle(element, pseudo);
    // An outline counts only when it can be seen (`outline: 2px solid transparent` cannot).
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)
        ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`
        : 'none';
    const borders = ['top', 'right', 'bottom', 'left'].map((side) => drawn(style, side)).join(',');
    return [`outline:${outline}`, `border:${borders}`, ...watched.map((p) => `${p}:${style.getPropertyValue(p)}`)].join(';');
  };
  const gate: GateInPage = {
    look: (element) =>
      [part(element), part(element, '::before'), part(element, '::after'), part(element.parentElement), part(element.nextElementSibling)].join('|'),
    describe: (element) => {
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const id = element.id ? `#${element.id}` : '';
      const classes = element.classList.length ? `.${[...element.classList].slice(0, 2).join('.')}` : '';
      const href = element.getAttribute('href');
      return `<${element.tagName.toLowerCase()}${id}${classes}${href ? ` href="${href}"` : ''}>${name ? ` "${name}"` : ''}`;
    },
    unfocused: new Map(),
  };
  (window as unknown as { keyboardGate: GateInPage }).keyboardGate = gate;

  const nativeSelector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable=""], [contenteditable="true"]';
  const interactiveRoles = new Set(['button', 'link', 'checkbox', 'switch', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'radio', 'treeitem']);
  const spaceRoles = new Set(['checkbox', 'switch', 'radio', 'menuitemcheckbox', 'menuitemradio', 'option']);
  const controls: Control[] = [];
  // An open modal dialog makes the rest of the page inert: only its controls are in the tab order.
  const scope: ParentNode = document.querySelector('dialog:modal') ?? document;
  scope.querySelectorAll<HTMLElement>(`${nativeSelector}, [tabindex]`).forEach((element, index) => {
    if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return;
    if (element.closest('[inert], fieldset[disabled]')) return;
    if (!element.checkVisibility({ visibilityProperty: true })) return;
    // A summary is a control only as the summary of a details element.
    if (element.tagName === 'SUMMARY' && element.parentElement?.tagName !== 'DETAILS') return;
    const id = String(index);
    element.dataset.keyboardGate = id;
    const role = element.getAttribute('role') ?? '';
    const radio = element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '' ? element : undefined;
    controls.push({
      id,
      label: gate.describe(element),
      group: radio ? `${radio.form?.id ?? ''} ${radio.name}` : undefined,
      custom: !element.matches(nativeSelector) && interactiveRoles.has(role),
      key: spaceRoles.has(role) ? ' ' : 'Enter',
    });
    gate.unfocused.set(id, gate.look(element));
  });
  return controls;
}

/** Runs in the page: what has focus now, and whether it looks different from unfocused. */
function describeFocus(): Focused | null {
  const gate = (window as unknown as { keyboardGate: GateInPage }).keyboardGate;
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body || active === document.documentElement) return null;
  const id = (active as HTMLElement).dataset.keyboardGate;
  const unfocused = id === undefined ? undefined : gate.unfocused.get(id);
  // Something focusable that was not listed (a control that appeared after the page was marked).
  if (id === undefined || unfocused === undefined) return { id: `unlisted ${gate.describe(active)}`, label: gate.describe(active), indicator: true };
  return { id, label: gate.describe(active), indicator: gate.look(active) !== unfocused };
}

async function activationProblem(page: Page, control: Control): Promise<string | undefined> {
  const selector = `[data-keyboard-gate="${control.id}"]`;
  const urlBefore = page.url();
  await page.evaluate((sel) => {
    const element = document.querySelector<HTMLElement>(sel)!;
    const record = { clicked: false, mutated: false };
    (window as unknown as { __keyboardGateActivation: typeof record }).__keyboardGateActivation = record;
    element.addEventListener('click', () => (record.clicked = true), { capture: true, once: true });
    new MutationObserver(() => (record.mutated = true)).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    element.focus();
  }, selector);
  await page.keyboard.press(control.key === ' ' ? 'Space' : 'Enter');
  await page.waitForTimeout(50);
  if (page.url() !== urlBefore) {
    await page.goBack();
    await page.evaluate(markControls);
    return undefined;
  }
  const record = await page.evaluate(() => (window as unknown as { __keyboardGateActivation?: { clicked: boolean; mutated: boolean } }).__keyboardGateActivation);
  if (record && !record.clicked && !record.mutated) {
    return `${control.label}: does nothing when ${control.key === ' ' ? 'Space' : 'Enter'} is pressed`;
  }
  return undefined;
}
