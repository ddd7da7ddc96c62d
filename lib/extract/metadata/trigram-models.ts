import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';

/**
 * franc's answer (the best language of franc-min, in ISO 639-3, or "und"), from franc's own
 * models and scripts, in less time on the one call a reader's click makes and on the calls after.
 *
 * franc's distance between a sample and a language is a sum over the sample's trigrams: how far
 * the trigram's count in the sample is from its rank in the language's model, or MISSING_TRIGRAM
 * when the model lacks it. franc builds an object per model when it loads (for every script, on
 * every click, since the core is loaded afresh each time) and looks each sample trigram up in
 * each of them. Here the sample's trigrams are counted in one small Map and each model's list is
 * walked once against it: every sample trigram starts at MISSING_TRIGRAM, and a model trigram
 * found in the sample replaces that with its own difference. The sums are franc's, to the unit;
 * ties keep franc's order of languages. Only the models of the sample's script are read, split
 * into lists on first use. `tests/unit/trigram-models.test.ts` checks the answer against franc
 * itself on samples of every page of both test corpora.
 */
export function closestLanguage(sample: string): string {
  const value = sample.slice(0, FRANC_MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script) return UNDETERMINED;
  const models = modelsOf(script);
  // A script written by one language in franc-min (Greek, Thai, Korean…) names it.
  if (!models) return share > 0 ? script : UNDETERMINED;
  const counts = trigramCounts(value);
  const allMissing = MISSING_TRIGRAM * counts.size;
  let best = UNDETERMINED;
  let bestDistance = Infinity;
  for (const [language, trigrams] of models) {
    let distance = allMissing;
    for (let rank = 0; rank < trigrams.length; rank++) {
      const count = counts.get(trigrams[rank]!);
      if (count !== undefined) distance += Math.abs(count - rank - 1) - MISSING_TRIGRAM;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = language;
    }
  }
  return best;
}

/** franc reads at most this much of a sample. */
const FRANC_MAX_LENGTH = 2048;
/** What franc adds to the distance for a trigram the model does not have. */
const MISSING_TRIGRAM = 300;
const UNDETERMINED = 'und';

/** Per script, each language with its model's trigrams, the most frequent first; franc's order. */
const modelLists = new Map<string, [string, string[]][]>();

function modelsOf(script: string): [string, string[]][] | null {
  const models = data[script];
  if (!models) return null;
  let lists = modelLists.get(script);
  if (!lists) {
    lists = Object.entries(models).map(([language, model]) => [language, model.split('|')]);
    modelLists.set(script, lists);
  }
  return lists;
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
