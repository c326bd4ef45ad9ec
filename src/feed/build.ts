// `sz-widgets feed`: every source read (read-source.ts), merged with what the previous output had (a
// failing source keeps its items), checked against the shipped schema, and written atomically.
import { readFile } from 'node:fs/promises';
import { defined } from '../data/feed-item.js';
import { writeAtomically } from '../node/write.js';
import { validateText } from '../validator/validate.js';
import type { Options } from './options.js';
import { readSource, type OutputItem } from './read-source.js';

export type { OutputItem };

/** What the output keeps of a source between runs: the validators of its last fresh answer. */
interface SourceState {
  etag?: string;
  last_modified?: string;
}

/** The file written: JSON Feed 1.1, with each source's state in an `_sz` extension. */
interface Output {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  language?: string;
  items: OutputItem[];
  _sz: { sources: Record<string, SourceState> };
}

/** How one source went this run; `why` it failed. */
export interface Report {
  key: string;
  outcome: 'fresh' | 'unchanged' | 'failed';
  items: number;
  ms: number;
  why?: string;
}

export interface Result {
  /** 0 all fresh or unchanged, 1 a source failed, 2 nothing written. */
  code: number;
  reports: Report[];
  written: boolean;
  items: number;
  problems: string[];
}

/** A run's result, but for the reports every result carries. */
type Outcome = Omit<Result, 'reports' | 'problems'> & { problems?: string[] };

/** The previous output, as read (to tell an unchanged result) and as data; undefined when there is none. */
async function readPrevious(path: string): Promise<{ text: string; data: Output } | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    const data = JSON.parse(text) as Output;
    return Array.isArray(data.items) ? { text, data } : undefined;
  } catch {
    return undefined;
  }
}

/** When an item was published, in ms since 1970; NaN when it does not say. */
const publishedTime = (item: OutputItem): number => (item.date_published ? Date.parse(item.date_published) : NaN);

/** Newest first; items without a date after the dated ones, each group in source order. */
function newestFirst(items: OutputItem[]): OutputItem[] {
  const dated = items.filter((item) => !isNaN(publishedTime(item)));
  const undated = items.filter((item) => isNaN(publishedTime(item)));
  // Array.prototype.sort is stable: items of the same time keep their source order.
  return [...dated.sort((a, b) => publishedTime(b) - publishedTime(a)), ...undated];
}

/** One item per canonical URL and per id: the first source that has it wins. */
function withoutRepeats(items: OutputItem[]): OutputItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const keys = [item.url && `u:${item.url}`, `i:${item.id}`].filter(Boolean) as string[];
    if (keys.some((key) => seen.has(key))) return false;
    keys.forEach((key) => seen.add(key));
    return true;
  });
}

/** Reads every source in turn, telling `progress` of each; a source that fails keeps its earlier items. */
async function readSources(
  options: Options,
  previous: Output | undefined,
  progress: (report: Report) => void,
): Promise<{ reports: Report[]; collected: OutputItem[]; state: Record<string, SourceState> }> {
  const state: Record<string, SourceState> = {};
  const reports: Report[] = [];
  const collected: OutputItem[] = [];
  const earlier = (key: string) => (previous?.items ?? []).filter((item) => item._sz?.source === key);
  for (const source of options.sources) {
    const started = Date.now();
    const { key } = source;
    const known = previous?._sz?.sources?.[key];
    let report: Report;
    try {
      const asked = { etag: known?.etag, lastModified: known?.last_modified };
      const { items, validators } = await readSource(source, asked, options.timeout);
      const kept = items ?? earlier(key);
      collected.push(...kept);
      if (validators) state[key] = defined({ etag: validators.etag, last_modified: validators.lastModified });
      else if (known) state[key] = known;
      report = { key, outcome: items ? 'fresh' : 'unchanged', items: kept.length, ms: Date.now() - started };
    } catch (e) {
      // The source's items from last time stay: a bad hour at the publisher never empties the news.
      const kept = earlier(key);
      collected.push(...kept);
      if (known) state[key] = known;
      const why = e instanceof Error ? e.message : String(e);
      report = { key, outcome: 'failed', items: kept.length, ms: Date.now() - started, why };
    }
    reports.push(report);
    progress(report);
  }
  return { reports, collected, state };
}

export async function buildFeed(
  options: Options,
  progress: (report: Report) => void = () => undefined,
): Promise<Result> {
  const before = await readPrevious(options.out);
  const previous = before?.data;
  const { reports, collected, state } = await readSources(options, previous, progress);
  const failed = reports.filter((r) => r.outcome === 'failed').length;
  const result = ({ code, written, items, problems = [] }: Outcome): Result => ({
    code,
    reports,
    written,
    items,
    problems,
  });
  if (failed === reports.length) {
    return result({ code: previous ? 1 : 2, written: false, items: previous?.items.length ?? 0 });
  }

  const items = newestFirst(withoutRepeats(collected)).slice(0, options.limit);
  const output: Output = defined({
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    home_page_url: options.homePageUrl,
    feed_url: options.feedUrl,
    language: options.language,
    items,
    _sz: { sources: state },
  });
  const text = `${JSON.stringify(output, null, 2)}\n`;
  // Never publish what the widgets' own schema rejects.
  const { problems } = await validateText(text);
  if (problems.length) {
    return result({ code: 2, written: false, items: 0, problems: problems.map((p) => `${p.path}: ${p.message}`) });
  }
  if (before?.text !== text) await writeAtomically(options.out, text);
  return result({ code: failed ? 1 : 0, written: true, items: items.length });
}
