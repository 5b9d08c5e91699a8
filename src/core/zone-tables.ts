/**
 * The zone tables bundled with the tool: empty here; the build replaces this module with the
 * table of the bundled venue's zone (scripts/build.mjs, from src/core/zone-table.ts).
 */
import type { ZoneTable } from './zone-table';

export const PRECOMPUTED: Record<string, ZoneTable> = {};
