import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dataDir = fileURLToPath(new URL('../../src/data/', import.meta.url));
export const i18nDir = fileURLToPath(new URL('../../src/i18n/', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const reportPath = fileURLToPath(new URL('../../source/baseline-report.txt', import.meta.url));
/** A tiny built site with one deliberate fault per page under faults/, for testing the gates. */
export const gateFixtureDir = fileURLToPath(new URL('../fixtures/gates/', import.meta.url));
