import * as z from 'zod/mini';
import type { AreaDefinition } from './storage';

/**
 * Working copies of checklists saved on the device.
 *
 * A working copy is one use of one checklist (one case, one staff review…), labelled by a free
 * reference the user chooses: a case code from their own filing system, never a name. Ticks are
 * stored by item ID with the date they were ticked, so the same copy shows in every language and
 * prints with its dates.
 */

export const REFERENCE_MAX_LENGTH = 40;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const ticks = z.record(z.string().check(z.maxLength(80)), isoDate);

const workingCopy = z.object({
  checklist: z.string().check(z.maxLength(60)),
  reference: z.string().check(z.maxLength(REFERENCE_MAX_LENGTH)),
  createdAt: z.string(),
  ticked: ticks,
});

const checklistsState = z.object({
  copies: z.record(z.string().check(z.maxLength(40)), workingCopy),
  /** The copy shown for each checklist, by checklist ID. */
  active: z.record(z.string(), z.string()),
  /** What the last reset cleared, so it can be undone. */
  lastReset: z.nullable(z.object({ copyId: z.string(), ticked: ticks })),
});

export type WorkingCopy = z.infer<typeof workingCopy>;
export type ChecklistsState = z.infer<typeof checklistsState>;

export const checklistsArea: AreaDefinition<ChecklistsState> = {
  name: 'checklists',
  version: 1,
  schema: checklistsState,
  empty: () => ({ copies: {}, active: {}, lastReset: null }),
};

/** Trims a reference to the allowed length; what is left is exactly what the user typed. */
export function cleanReference(reference: string): string {
  return reference.trim().slice(0, REFERENCE_MAX_LENGTH);
}

export function copiesOf(state: ChecklistsState, checklistId: string): Array<[string, WorkingCopy]> {
  return Object.entries(state.copies)
    .filter(([, copy]) => copy.checklist === checklistId)
    .sort(([, a], [, b]) => a.createdAt.localeCompare(b.createdAt));
}

export function activeCopyId(state: ChecklistsState, checklistId: string): string | undefined {
  const id = state.active[checklistId];
  return id && state.copies[id]?.checklist === checklistId ? id : copiesOf(state, checklistId)[0]?.[0];
}

function nextCopyId(state: ChecklistsState): string {
  let n = Object.keys(state.copies).length + 1;
  while (state.copies[`copy-${n}`]) n++;
  return `copy-${n}`;
}

/** A new, empty working copy, made the active one. Returns the new state and the copy's ID. */
export function addCopy(state: ChecklistsState, checklistId: string, reference: string, now: Date): [ChecklistsState, string] {
  const id = nextCopyId(state);
  const copy: WorkingCopy = { checklist: checklistId, reference: cleanReference(reference), createdAt: now.toISOString(), ticked: {} };
  return [{ ...state, copies: { ...state.copies, [id]: copy }, active: { ...state.active, [checklistId]: id } }, id];
}

export function selectCopy(state: ChecklistsState, checklistId: string, copyId: string): ChecklistsState {
  return state.copies[copyId] ? { ...state, active: { ...state.active, [checklistId]: copyId } } : state;
}

export function setTick(state: ChecklistsState, copyId: string, itemId: string, ticked: boolean, now: Date): ChecklistsState {
  const copy = state.copies[copyId];
  if (!copy) return state;
  const next = { ...copy.ticked };
  if (ticked) next[itemId] = now.toISOString().slice(0, 10);
  else delete next[itemId];
  return { ...state, copies: { ...state.copies, [copyId]: { ...copy, ticked: next } } };
}

/** Clears every tick of a copy, remembering them so the reset can be undone. */
export function resetCopy(state: ChecklistsState, copyId: string): ChecklistsState {
  const copy = state.copies[copyId];
  if (!copy) return state;
  return {
    ...state,
    copies: { ...state.copies, [copyId]: { ...copy, ticked: {} } },
    lastReset: { copyId, ticked: copy.ticked },
  };
}

/** Puts back the ticks the last reset cleared, unless that copy has since been deleted. */
export function undoReset(state: ChecklistsState): ChecklistsState {
  const reset = state.lastReset;
  const copy = reset && state.copies[reset.copyId];
  if (!reset || !copy) return { ...state, lastReset: null };
  return {
    ...state,
    copies: { ...state.copies, [reset.copyId]: { ...copy, ticked: { ...reset.ticked, ...copy.ticked } } },
    lastReset: null,
  };
}

export function deleteCopy(state: ChecklistsState, copyId: string): ChecklistsState {
  const { [copyId]: removed, ...copies } = state.copies;
  if (!removed) return state;
  const active = Object.fromEntries(Object.entries(state.active).filter(([, id]) => id !== copyId));
  const lastReset = state.lastReset?.copyId === copyId ? null : state.lastReset;
  return { copies, active, lastReset };
}
