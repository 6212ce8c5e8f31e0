import type { Attempt, Learning, ModuleProgress } from './progress';

/**
 * Joins the learning saved on this device with learning brought from another device (an imported
 * file). Nothing a learner earned is lost, and where the two disagree the better record wins:
 *
 * - a section read on either device is read, since the earlier of the two times;
 * - every finished quiz attempt from either side is kept (the same attempt once), so the best score
 *   and any pass survive;
 * - of two attempts in progress, the one with more questions answered (then the newer) continues;
 * - the newer "where you left off" and the newer certificate name win.
 *
 * The result does not depend on which side is "here" (apart from exact ties in time), and merging
 * the same file twice changes nothing.
 */
export function mergeLearning(here: Learning, there: Learning): Learning {
  const modules: Learning['modules'] = {};
  for (const id of new Set([...Object.keys(here.modules), ...Object.keys(there.modules)])) {
    const a = here.modules[id];
    const b = there.modules[id];
    modules[id] = a && b ? mergeModule(a, b) : (a ?? b)!;
  }
  const learner = newer(here.learner, there.learner, (l) => l.updatedAt);
  return learner ? { learner, modules } : { modules };
}

function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
  const sectionsRead: Record<string, string> = { ...a.sectionsRead };
  for (const [id, at] of Object.entries(b.sectionsRead)) {
    const mine = sectionsRead[id];
    sectionsRead[id] = mine === undefined || time(at) < time(mine) ? at : mine;
  }
  const merged: ModuleProgress = { sectionsRead, attempts: mergeAttempts(a.attempts, b.attempts) };
  const current = moreAdvanced(a.current, b.current);
  if (current) merged.current = current;
  const position = newer(a.position, b.position, (p) => p.at);
  if (position) merged.position = position;
  return merged;
}

function mergeAttempts(a: Attempt[], b: Attempt[]): Attempt[] {
  const byKey = new Map<string, Attempt>();
  for (const attempt of [...a, ...b]) byKey.set(`${time(attempt.at)}|${attempt.correct}|${attempt.total}`, attempt);
  return [...byKey.values()].sort((x, y) => time(x.at) - time(y.at) || x.correct - y.correct || x.total - y.total);
}

type Current = ModuleProgress['current'];

function moreAdvanced(a: Current, b: Current): Current {
  if (!a || !b) return a ?? b;
  const answered = (c: NonNullable<Current>) => Object.keys(c.first).length;
  if (answered(a) !== answered(b)) return answered(a) > answered(b) ? a : b;
  return newer(a, b, (c) => c.updatedAt);
}

function newer<T>(a: T | undefined, b: T | undefined, at: (value: T) => string): T | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return time(at(b)) > time(at(a)) ? b : a;
}

function time(iso: string): number {
  return Date.parse(iso);
}
