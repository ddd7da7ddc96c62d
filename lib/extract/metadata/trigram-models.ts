import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';

/**
 * franc's answer (the best language of franc-min, in ISO 639-3, or "und"), from franc's own
 * models and scripts, in about a third of its time.
 *
 * franc compares the sample with each language's model in turn: every trigram of the sample is
 * looked up once per language, 44 times for Latin script, and those lookups were most of the
 * time Okur spent on a short article. Here each script's models are turned around once into one
 * table, trigram to its rank in every language, so each trigram of the sample is looked up once
 * and the distances of all languages are summed from one row. The distance is franc's, summed
 * over the sample's trigrams: how far the trigram's count in the sample is from its rank in the
 * model, or MISSING_TRIGRAM when the model lacks it. A sum needs no order, so the trigrams are
 * counted in a Map instead of franc's sorted list. Ties keep franc's order of languages.
 * `tests/unit/trigram-models.test.ts` checks the answer against franc itself on samples of every
 * page of both test corpora.
 */
export function closestLanguage(sample: string): string {
  const value = sample.slice(0, FRANC_MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script) return UNDETERMINED;
  const models = data[script];
  // A script written by one language in franc-min (Greek, Thai, Korean…) names it.
  if (!models) return share > 0 ? script : UNDETERMINED;
  const table = tableFor(script, models);
  const distances = new Float64Array(table.languages.length);
  for (const [trigram, count] of trigramCounts(value)) {
    const ranks = table.ranks.get(trigram);
    for (let i = 0; i < distances.length; i++) {
      const rank = ranks ? ranks[i]! : ABSENT;
      distances[i]! += rank === ABSENT ? MISSING_TRIGRAM : Math.abs(count - rank - 1);
    }
  }
  let best = 0;
  for (let i = 1; i < distances.length; i++) if (distances[i]! < distances[best]!) best = i;
  return table.languages[best]!;
}

/** franc reads at most this much of a sample. */
const FRANC_MAX_LENGTH = 2048;
/** What franc adds to the distance for a trigram the model does not have. */
const MISSING_TRIGRAM = 300;
const UNDETERMINED = 'und';
const ABSENT = -1;

interface ScriptTable {
  /** The script's languages, in franc's order. */
  languages: string[];
  /** Trigram → its rank in each language's model (ABSENT where the model lacks it). */
  ranks: Map<string, Int16Array>;
}

const tables = new Map<string, ScriptTable>();

/** Built on first use: an article needs the table of one script, and a click loads the core afresh. */
function tableFor(script: string, models: Record<string, string>): ScriptTable {
  let table = tables.get(script);
  if (!table) {
    const languages = Object.keys(models);
    const ranks = new Map<string, Int16Array>();
    languages.forEach((language, index) => {
      // A model lists its trigrams from the most to the least frequent.
      models[language]!.split('|').forEach((trigram, rank) => {
        let row = ranks.get(trigram);
        if (!row) {
          row = new Int16Array(languages.length).fill(ABSENT);
          ranks.set(trigram, row);
        }
        row[index] = rank;
      });
    });
    table = { languages, ranks };
    tables.set(script, table);
  }
  return table;
}

/** How often each trigram occurs in the sample, cleaned and padded as franc does. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The script with the most characters in the sample, first in franc's order on a tie, and its share. */
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}
