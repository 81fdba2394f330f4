/**
 * The server calls' arguments as they come from google.script.run (untrusted JSON): the file and
 * the preview's choices, checked here so the edge only sees well-formed values.
 */
import { NETWORKS, type Network } from '../plan/networks';
import { TARGETS, type Choices, type ImportProblem, type Target } from './types';

export interface FileIn {
  name: string;
  text: string;
}

const isTarget = (v: unknown): v is Target => typeof v === 'string' && (TARGETS as readonly string[]).includes(v);
const isNetwork = (v: unknown): v is Network => typeof v === 'string' && (NETWORKS as readonly string[]).includes(v);

export function readFileArg(file: unknown): FileIn | ImportProblem {
  if (typeof file !== 'object' || file === null) return { code: 'empty' };
  const { name, text, base64 } = file as { name?: unknown; text?: unknown; base64?: unknown };
  const fileName = typeof name === 'string' ? name.slice(0, 300) : '';
  // The dialog turns an .xlsx into CSV text (read-excel-file); no xlsx reader is in dist/Code.js
  // (README, "Importing analytics"), so a workbook's bytes, or an .xls, are refused here.
  if (base64 !== undefined || (/\.xlsx?$/i.test(fileName) && (typeof text !== 'string' || text.trim() === ''))) return { code: 'xlsx' };
  if (typeof text !== 'string') return { code: 'empty' };
  return { name: fileName, text };
}

export function readChoicesArg(value: unknown): Choices | ImportProblem {
  if (value === undefined || value === null) return { columns: {}, overwriteTyped: false };
  if (typeof value !== 'object') return { code: 'badChoice' };
  const { columns, network, overwriteTyped } = value as { columns?: unknown; network?: unknown; overwriteTyped?: unknown };
  const out: Choices = { columns: {}, overwriteTyped: overwriteTyped === true };
  if (columns !== undefined && columns !== null) {
    if (typeof columns !== 'object') return { code: 'badChoice' };
    for (const [k, v] of Object.entries(columns as Record<string, unknown>)) {
      if (!/^\d{1,4}$/.test(k) || !isTarget(v)) return { code: 'badChoice' };
      out.columns[k] = v;
    }
  }
  if (network !== undefined && network !== null && network !== '') {
    if (!isNetwork(network)) return { code: 'badChoice' };
    out.network = network;
  }
  return out;
}

/** What is remembered per layout: the columns the user changed from the defaults, and the network. */
export function rememberedOf(text: unknown, layout: string): Partial<Choices> | null {
  if (typeof text !== 'string') return null;
  try {
    const all = JSON.parse(text) as Record<string, unknown>;
    const got = readChoicesArg(all[layout]);
    return 'code' in got ? null : got;
  } catch {
    return null;
  }
}

/** Layouts remembered at most (the oldest is dropped). */
export const MAX_LAYOUTS = 30;

export function remember(text: unknown, layout: string, choice: Partial<Choices>): string {
  let all: Record<string, unknown> = {};
  try {
    if (typeof text === 'string') all = JSON.parse(text) as Record<string, unknown>;
  } catch {
    all = {};
  }
  delete all[layout];
  all[layout] = { columns: choice.columns ?? {}, ...(choice.network ? { network: choice.network } : {}) };
  const keys = Object.keys(all);
  for (const k of keys.slice(0, Math.max(0, keys.length - MAX_LAYOUTS))) delete all[k];
  return JSON.stringify(all);
}
