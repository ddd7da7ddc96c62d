import { useEffect, useRef, useState } from 'preact/hooks';
import { languageName, pickVoice, SPEECH_RATES } from '@/lib/speech';
import { formatNumber, t, uiLocale } from '@/lib/i18n';

interface Props {
  /** The rendered article, whose paragraphs are read one after another. */
  articleRef: { current: HTMLElement | null };
  lang: string | null;
}

type State = 'idle' | 'playing' | 'paused';
const READABLE = 'h1, h2, h3, h4, p, li, blockquote, figcaption, td, th';
const SPEAKING_CLASS = 'okur-speaking';

function voicesNow(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

/**
 * Read aloud with the browser's speech synthesis, in a voice of the article's language,
 * paragraph by paragraph, the paragraph being read highlighted and kept in view.
 */
export function ListenControls({ articleRef, lang }: Props) {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(voicesNow);
  const [state, setState] = useState<State>('idle');
  const [rate, setRate] = useState(1);
  const queue = useRef<HTMLElement[]>([]);
  const index = useRef(0);
  const run = useRef(0);

  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    // Voices arrive asynchronously in Chromium.
    const update = () => setVoices(voicesNow());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, []);

  const voice = pickVoice(voices, lang);
  const unmark = () => articleRef.current?.querySelectorAll(`.${SPEAKING_CLASS}`).forEach((el) => el.classList.remove(SPEAKING_CLASS));

  const speakFrom = (i: number, myRun: number) => {
    const el = queue.current[i];
    unmark();
    if (!el || myRun !== run.current) {
      if (myRun === run.current) setState('idle');
      return;
    }
    index.current = i;
    el.classList.add(SPEAKING_CLASS);
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const utterance = new SpeechSynthesisUtterance(el.innerText);
    utterance.voice = voice;
    utterance.lang = voice?.lang ?? lang ?? '';
    utterance.rate = rate;
    utterance.onend = () => speakFrom(i + 1, myRun);
    speechSynthesis.speak(utterance);
  };

  const play = () => {
    if (state === 'paused') {
      speechSynthesis.resume();
      setState('playing');
      return;
    }
    const root = articleRef.current;
    if (!root) return;
    // Only the innermost readable blocks, so nothing is read twice.
    queue.current = Array.from(root.querySelectorAll<HTMLElement>(READABLE)).filter((el) => !el.querySelector(READABLE) && el.innerText.trim());
    run.current++;
    speechSynthesis.cancel();
    setState('playing');
    speakFrom(0, run.current);
  };
  const pause = () => {
    speechSynthesis.pause();
    setState('paused');
  };
  const stop = () => {
    run.current++;
    speechSynthesis.cancel();
    unmark();
    setState('idle');
  };

  if (typeof speechSynthesis === 'undefined') {
    return <p class="okur-listen-note">{t('listenUnsupported')}</p>;
  }
  if (!voice) {
    return (
      <p class="okur-listen-note" role="note">
        {lang ? t('listenNoVoice', languageName(lang, uiLocale())) : t('listenNoLanguage')}
      </p>
    );
  }
  return (
    <div class="okur-listen" role="group" aria-label={t('listen')}>
      {state !== 'playing' ? (
        <button type="button" class="okur-button" onClick={play}>
          {state === 'paused' ? t('resume') : t('listen')}
        </button>
      ) : (
        <button type="button" class="okur-button" onClick={pause}>
          {t('pause')}
        </button>
      )}
      <button type="button" class="okur-button" disabled={state === 'idle'} onClick={stop}>
        {t('stop')}
      </button>
      <label>
        {t('speed')}{' '}
        <select value={String(rate)} onChange={(e) => setRate(Number(e.currentTarget.value))}>
          {SPEECH_RATES.map((r) => (
            <option value={String(r)}>{formatNumber(r)}×</option>
          ))}
        </select>
      </label>
      <span class="okur-visually-hidden">{t('voiceName', voice.name)}</span>
    </div>
  );
}
