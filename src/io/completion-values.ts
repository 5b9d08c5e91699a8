/**
 * The values completion offers from the data: days, tracks and session ids of the bundled summit or
 * of the --data file on the command line (read as it is, unchecked: completion never fails a TAB),
 * and zone names from the runtime.
 */
import { readFileSync } from 'node:fs';
import bundled from '../../data/summit.json';
import { dayWords, zoneNames } from '../options';
import type { DataKind } from '../core/complete';

interface Loose {
  days?: { date?: unknown; label?: unknown }[];
  sessions?: { id?: unknown; track?: unknown }[];
}

function read(file: string | undefined): Loose {
  if (file === undefined) return bundled as Loose;
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof json === 'object' && json !== null ? (json as Loose) : {};
  } catch {
    return {};
  }
}

const texts = (values: unknown[]) => [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];

export function completionValues(kind: DataKind, file: string | undefined): string[] {
  if (kind === 'zones') return zoneNames();
  const data = read(file);
  const days = Array.isArray(data.days) ? data.days : [];
  const sessions = Array.isArray(data.sessions) ? data.sessions : [];
  if (kind === 'days') {
    return texts(days.flatMap((d) => (typeof d?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? dayWords({ date: d.date, label: typeof d.label === 'string' ? d.label : '' }) : [])));
  }
  if (kind === 'tracks') return texts(sessions.map((s) => s?.track));
  return texts(sessions.map((s) => s?.id));
}
