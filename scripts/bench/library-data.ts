/**
 * A deterministic reading list for `npm run bench:library`: N saved articles of realistic size
 * in English, Turkish, French, German and Arabic (title 40-120 characters, excerpt, 5-15
 * paragraphs of HTML ≈ 4-12 kB, its text, word count, tags, mixed state and favorites, saved
 * over three years). Words follow a Zipf-like law over a few hundred real words and a long tail
 * of made-up ones, so the vocabulary and its frequencies look like real text to a search index.
 * The same seed gives the same list, byte for byte.
 */
import { canonicalUrl, libraryId } from '../../lib/library/url';
import type { SavedArticle } from '../../lib/library/types';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = 'en' | 'tr' | 'fr' | 'de' | 'ar';

interface LangData {
  words: string[];
  syllables: string[];
  sites: string[];
  bylines: string[];
  tags: string[];
}

const LANGS: Record<Lang, LangData> = {
  en: {
    words: (
      'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no more can out who said will about up them some could into other time than then only its new two may first any like now my such over our even most made after also did many before must through years where much your way well down should because each just those people how too little state good very make world still see own men work long here get both between life being under never day same another know while last might us great old year off come since against go came right used take three states himself few house use during without again place american around however home small found thought went say part once general high upon school every government economy election minister president council city police health market court energy water climate war peace border school family workers bank prices report study public national'
    ).split(' '),
    syllables: ['ar', 'ber', 'cal', 'den', 'ex', 'for', 'gan', 'hol', 'in', 'jor', 'ken', 'lor', 'man', 'nor', 'ost', 'par', 'quin', 'ros', 'ston', 'ter', 'ul', 'ven', 'wick', 'ley', 'ton', 'shire', 'field', 'ing', 'ment', 'ness'],
    sites: ['The Daily Ledger', 'Harbor Times', 'Metro Post', 'The Northern Review', 'Civic Wire', 'Field & Stream Weekly'],
    bylines: ['Jane Whitfield', 'Marcus Owen', 'Priya Raman', 'Tom Ellery', 'Sarah O’Connell', 'David Kim'],
    tags: ['politics', 'climate', 'tech', 'long read', 'economy', 'cities', 'science', 'health'],
  },
  tr: {
    words: (
      've bir bu da de için ile çok daha olarak gibi ama en kadar sonra şey ne var yok olan oldu her ilk yeni büyük iki yıl gün zaman şehir ülke hükümet bakan cumhurbaşkanı meclis seçim ekonomi enflasyon faiz merkez bankası fiyat işçi sendika eğitim okul öğrenci üniversite sağlık hastane doktor deprem yapı güvenlik polis mahkeme karar yasa anayasa belediye ulaşım metro köprü tünel istasyon hattı açıldı İstanbul Ankara İzmir Kadıköy Ataşehir Üsküdar Beşiktaş Boğaziçi kıyı deniz liman gemi balıkçı köy tarım buğday fındık çay kahve yemek lokanta mutfak kültür sanat müzik film dizi kitap yazar şair tiyatro sergi müze tarih Osmanlı cumhuriyet bayram ramazan kış yaz bahar sonbahar yağmur kar sıcaklık iklim orman yangın su baraj enerji elektrik doğalgaz petrol ihracat ithalat döviz kur borsa şirket yatırım girişim teknoloji yazılım internet telefon sosyal medya gazeteci haber açıklama toplantı görüşme anlaşma ılımlı ışık sıkıntı başarı kışla ıslak şimdi şöyle güzel değişim dışişleri içişleri'
    ).split(' '),
    syllables: ['ba', 'şı', 'kır', 'lar', 'ler', 'dı', 'ğa', 'mış', 'çe', 'gün', 'öz', 'yol', 'taş', 'kal', 'sın', 'ım', 'lık', 'lük', 'cı', 'ya', 'ka', 'ra', 'ma', 'na', 'ta', 'ız', 'ün', 'ay', 'ev', 'il'],
    sites: ['Gündem Gazetesi', 'Boğaziçi Postası', 'Anadolu Haber', 'Kent Kültür', 'Ekonomi Dünyası'],
    bylines: ['Ayşe Yılmaz', 'Mehmet Öztürk', 'Zeynep Kaya', 'Barış Şahin', 'Elif Çelik'],
    tags: ['Türkiye', 'ekonomi', 'kültür', 'şehir', 'deprem', 'siyaset'],
  },
  fr: {
    words: (
      'le la les de des du un une et à en est que qui dans pour pas sur au avec il elle ils nous vous ce cette ces son sa ses plus par mais ou comme tout fait été être avoir deux ans après avant entre sans sous aussi bien très ville pays gouvernement ministre président élection assemblée réforme retraite grève syndicat travail emploi chômage économie inflation prix marché entreprise banque européenne européen Bruxelles Paris Lyon Marseille région commune maire école université étudiant santé hôpital médecin climat énergie nucléaire électricité eau sécheresse agriculture vin fromage culture musée théâtre cinéma livre écrivain festival été hiver printemps automne rencontre accord partenariat stratégique sommet diplomatie frontière guerre paix sécurité police justice tribunal décision loi Corée Russie Chine Afrique Moyen-Orient déclaration communiqué enquête rapport étude chercheur découverte espace fusée océan forêt incendie tempête inondation transport train métro vélo route autoroute'
    ).split(' '),
    syllables: ['ré', 'con', 'tion', 'ment', 'eau', 'ière', 'ois', 'ant', 'ville', 'mont', 'bel', 'gar', 'char', 'pré', 'deau', 'lieu', 'vé', 'sier', 'nay', 'tel'],
    sites: ['Le Quotidien', 'La Gazette du Rhône', 'Courrier International', 'Le Monde Rural', 'Sud Matin'],
    bylines: ['Claire Dubois', 'Étienne Moreau', 'Amélie Laurent', 'François Girard', 'Hélène Bonnet'],
    tags: ['politique', 'Asie', 'Europe', 'culture', 'climat', 'société'],
  },
  de: {
    words: (
      'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sie nach wird um noch wie über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sind Stadt Land Regierung Bundestag Minister Kanzler Wahl Partei Gemeinde Bürgermeister Schule Universität Gesundheit Krankenhaus Klima Energie Strom Wasser Freibad Rheinbad Eintritt Saison Sommer Winter Bahn Verkehr Autobahn Fahrrad Brücke Wirtschaft Preise Inflation Unternehmen Arbeit Gewerkschaft Streik Kultur Theater Museum Konzert Buch Verein Fußball Polizei Gericht Urteil Gesetz Bericht Studie Forschung'
    ).split(' '),
    syllables: ['berg', 'burg', 'feld', 'haus', 'stein', 'wald', 'bach', 'dorf', 'heim', 'kirch', 'lingen', 'ung', 'keit', 'schaft', 'ach', 'eich', 'mann', 'ober', 'unter', 'neu'],
    sites: ['Rheinische Zeitung', 'Kesselfelder Anzeiger', 'Nordkurier', 'Stadtblatt'],
    bylines: ['Anna Schröder', 'Jürgen Weiß', 'Katrin Müller', 'Lukas Becker'],
    tags: ['Lokales', 'Politik', 'Wirtschaft', 'Kultur'],
  },
  ar: {
    words: (
      'في من على إلى أن عن مع هذا هذه التي الذي كان قد لا ما بعد قبل كل بين حتى عند أو ثم الحكومة الوزير الرئيس البرلمان الانتخابات الاقتصاد الأسعار التضخم البنك السوق الشركة العمل العمال المدينة القاهرة بيروت عمان الرباط تونس الدوحة المدرسة الجامعة الطلاب الصحة المستشفى الطبيب المناخ الطاقة المياه الزراعة الثقافة المتحف المسرح الكتاب الشعر الموسيقى السلام الحرب الحدود الأمن الشرطة المحكمة القانون التقرير الدراسة الباحثين'
    ).split(' '),
    syllables: ['ال', 'مس', 'تق', 'بل', 'كت', 'اب', 'سل', 'ام', 'نور', 'دار', 'حس', 'ين', 'رح', 'مة', 'عل', 'وم'],
    sites: ['الجريدة اليومية', 'صوت المدينة', 'الأخبار العربية', 'مجلة الثقافة'],
    bylines: ['ليلى حسن', 'أحمد منصور', 'سارة خليل', 'يوسف عمر'],
    tags: ['سياسة', 'اقتصاد', 'ثقافة', 'long read'],
  },
};

/** Share of each language in the list. */
const LANG_WEIGHTS: [Lang, number][] = [
  ['en', 0.4],
  ['tr', 0.25],
  ['fr', 0.15],
  ['de', 0.1],
  ['ar', 0.1],
];

/** Made-up words for the long tail of the vocabulary: names, places, rarer words. */
function tailWords(lang: Lang, count: number, rand: () => number): string[] {
  const { syllables } = LANGS[lang];
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)];
    out.add(rand() < 0.15 && lang !== 'ar' ? w[0]!.toLocaleUpperCase(lang) + w.slice(1) : w);
  }
  return [...out];
}

interface Vocabulary {
  words: string[];
  /** Cumulative Zipf weights, for sampling by binary search. */
  cumulative: Float64Array;
}

function vocabulary(lang: Lang, rand: () => number): Vocabulary {
  const words = [...LANGS[lang].words, ...tailWords(lang, 6000, rand)];
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) cumulative[i] = sum += 1 / (i + 1) ** 1.05;
  for (let i = 0; i < words.length; i++) cumulative[i]! /= sum;
  return { words, cumulative };
}

function pickWord(v: Vocabulary, rand: () => number): string {
  const r = rand();
  let lo = 0;
  let hi = v.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

function sentence(v: Vocabulary, lang: Lang, rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pickWord(v, rand));
  const s = out.join(' ');
  return (lang === 'ar' ? s : s[0]!.toLocaleUpperCase(lang) + s.slice(1)) + (lang === 'ar' ? '.' : rand() < 0.1 ? '?' : '.');
}

function clip(text: string, min: number, max: number, v: Vocabulary, lang: Lang, rand: () => number): string {
  let t = text;
  while (t.length < min) t += ' ' + pickWord(v, rand);
  if (t.length > max) t = t.slice(0, t.lastIndexOf(' ', max) > min ? t.lastIndexOf(' ', max) : max);
  return t;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rare words planted in a few articles, so a rare-word search has a handful of hits. */
export const RARE_WORD = 'Zelkovaağacı';
export const RARE_EVERY = 997;

export interface GeneratedList {
  articles: SavedArticle[];
  /** Total characters of content HTML, for the report. */
  contentChars: number;
}

export function generateLibrary(count: number, seed = 20240619, now = Date.UTC(2025, 5, 1)): GeneratedList {
  const rand = prng(seed);
  const vocab = Object.fromEntries(LANG_WEIGHTS.map(([l]) => [l, vocabulary(l, rand)])) as Record<Lang, Vocabulary>;
  const threeYears = 3 * 365 * 24 * 3600 * 1000;
  const articles: SavedArticle[] = [];
  let contentChars = 0;
  for (let i = 0; i < count; i++) {
    let r = rand();
    let lang: Lang = 'en';
    for (const [l, w] of LANG_WEIGHTS) {
      if ((r -= w) < 0) {
        lang = l;
        break;
      }
    }
    const v = vocab[lang];
    const data = LANGS[lang];
    const site = data.sites[Math.floor(rand() * data.sites.length)]!;
    const host = `${site.toLowerCase().replace(/[^a-z]+/g, '') || 'haber'}${Math.floor(rand() * 3)}.example`;
    const rawUrl = `https://www.${host}/${2022 + Math.floor(rand() * 4)}/${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}/article-${i}-${Math.floor(rand() * 1e6).toString(36)}?utm_source=newsletter`;
    const url = canonicalUrl(rawUrl)!;
    const title = clip(sentence(v, lang, rand, 6 + Math.floor(rand() * 12)).replace(/[.?]$/, ''), 40, 40 + Math.floor(rand() * 81), v, lang, rand);
    const excerpt = clip(sentence(v, lang, rand, 20 + Math.floor(rand() * 20)), 120, 260, v, lang, rand);
    // 5-15 paragraphs of ~750 characters: 4-12 kB of HTML.
    const paragraphs: string[] = [];
    const nParagraphs = 5 + Math.floor(rand() * 11);
    for (let p = 0; p < nParagraphs; p++) {
      let para = '';
      while (para.length < 650 + rand() * 200) para += (para ? ' ' : '') + sentence(v, lang, rand, 8 + Math.floor(rand() * 14));
      paragraphs.push(para);
    }
    if (i % RARE_EVERY === 0) paragraphs[Math.floor(rand() * paragraphs.length)] += ` ${RARE_WORD}.`;
    const html = paragraphs.map((p, k) => (k > 0 && k % 4 === 0 ? `<h2>${escapeHtml(p.slice(0, p.indexOf(' ', 30) > 0 ? p.indexOf(' ', 30) : 30))}</h2>` : '') + `<p>${escapeHtml(p)}</p>`).join('\n');
    const content = `<div class="okur-article-body">\n${html}\n</div>`;
    const textContent = paragraphs.join('\n\n');
    const wordCount = textContent.split(/\s+/).filter(Boolean).length;
    const savedAt = now - Math.floor(rand() * threeYears);
    const tagCount = rand() < 0.4 ? 0 : 1 + Math.floor(rand() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => data.tags[Math.floor(rand() * data.tags.length)]!))];
    contentChars += content.length;
    articles.push({
      id: libraryId(url),
      url,
      title,
      byline: rand() < 0.7 ? data.bylines[Math.floor(rand() * data.bylines.length)]! : null,
      siteName: site,
      lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      publishedTime: rand() < 0.8 ? new Date(savedAt - Math.floor(rand() * 30 * 24 * 3600 * 1000)).toISOString() : null,
      savedAt,
      excerpt,
      leadImage: rand() < 0.5 ? `https://${host}/img/${i}.jpg` : null,
      standfirst: rand() < 0.3 ? [excerpt.slice(0, 80)] : [],
      leadFigure: null,
      content,
      textContent,
      wordCount,
      readingTimeMinutes: Math.max(1, Math.round(wordCount / 230)),
      tags,
      state: rand() < 0.45 ? 'archived' : 'unread',
      favorite: rand() < 0.12,
      progress: rand() < 0.3 ? Math.round(rand() * 100) / 100 : 0,
      updatedAt: savedAt + Math.floor(rand() * 1e8),
    });
  }
  return { articles, contentChars };
}
