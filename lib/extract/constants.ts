/**
 * Every selector, pattern and tunable of the extraction core, kept as data in one place so that
 * a wrong removal can be traced to one line here and a new language is added without new code.
 */

// ---------------------------------------------------------------------------------------------
// Bounds: pages past these are refused with a clear message instead of freezing the tab.
// ---------------------------------------------------------------------------------------------

/** Readability scores every element; past this many the popup would hang for seconds. */
export const MAX_ELEMENTS = 150_000;
/** Deeper trees than this are not written by people; recursive DOM code can overflow on them. */
export const MAX_DEPTH = 1_500;

// ---------------------------------------------------------------------------------------------
// Structural chrome: signals that do not depend on the page's language.
// ---------------------------------------------------------------------------------------------

/** ARIA landmarks and widgets that are the site around the article, never the article itself. */
export const CHROME_ROLES = [
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
] as const;

/** Elements that a reader never reads inside an article body. */
export const CHROME_TAGS = ['nav', 'form', 'button', 'select', 'input', 'textarea', 'dialog'] as const;

/** Elements that are never chrome, however they are named (the article's own structure). */
export const CONTENT_ROOT_SELECTOR =
  'article, [itemprop="articleBody"], [role="main"], main, [itemtype*="Article"]';

// ---------------------------------------------------------------------------------------------
// Class and id names of chrome, per language. Matched against the "class id" string of an
// element as whole words or dash/underscore-separated parts, so "yorum" hits "yorum-listesi"
// and "haber-yorumlari" but not "yorumsuz-icerik"? (it does: prefixes are kept short on purpose,
// and every hit is still checked against the content guard in the step).
// ---------------------------------------------------------------------------------------------

/**
 * Comment sections: forms, lists and counters of readers' comments. Strong: a comment list can
 * hold more text than a short article, so the "holds most of the text" guard does not apply.
 */
export const COMMENT_NAME_PATTERNS: readonly string[] = [
  'comments?',
  'comment-?(list|form|area|section|respond|count|s-area|s-wrapper)',
  'respond',
  'replies',
  'disqus',
  'discussion',
  // tr
  'yorum(lar|lari|ları)?',
  'yorum-?(yap|yaz|alani|listesi|formu)',
  // fr
  'commentaires?',
  'reactions',
  // de
  'kommentare?',
  'leserkommentare',
  // es / pt
  'comentarios?',
  // it
  'commenti',
  // ru (transliterated class names)
  'kommentarii',
  // nl
  'reacties?',
  'reactie-?(formulier|lijst)',
];

/**
 * Everything else around an article: sharing, related links, tags, newsletters, ads, tickers,
 * font widgets, author boxes, paywall teasers. Weak: skipped when the element holds most of the
 * page's paragraph text, because some sites put such words on the article's own wrapper.
 */
export const CHROME_NAME_PATTERNS: readonly string[] = [
  // en
  'share',
  'sharing',
  'social',
  'sharedaddy',
  'related',
  'read-?more',
  'more-stories',
  'recommended',
  'newsletter',
  'subscribe',
  'subscription',
  'paywall',
  'promo',
  'tags?',
  'tag-?list',
  'post-tags',
  'author-?(box|bio|info|card)',
  'about-?the-?author',
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'ad-?(slot|unit|label|container|wrapper|box)',
  'sponsored',
  'ticker',
  'breaking',
  'breadcrumbs?',
  'font-?(size|resize|tools|controls)',
  'text-?(size|resize)',
  'print',
  'toolbar',
  'cookie',
  'consent',
  'gdpr',
  'popup',
  'modal',
  'sidebar',
  'pagination',
  'pager',
  'rating',
  'vote',
  'like',
  'most-?(read|popular|viewed)',
  'trending',
  // tr
  'paylas(im)?',
  'paylaş(ım)?',
  'ilgili(-?haber(ler)?)?',
  'benzer(-?haber(ler)?)?',
  'diger-?haber(ler)?',
  'etiket(ler)?',
  'reklam',
  'son-?dakika',
  'manset',
  'okunma',
  'puanla',
  'abone',
  'yazi-?boyut(u)?',
  'font-?boyut(u)?',
  'haber-?(bilgi|tarih|kaynak|alt|araclar)',
  // fr
  'partage',
  'partager',
  'lire-?aussi',
  'a-?lire',
  'sur-?le-?meme-?sujet',
  'abonnement',
  'abonnez',
  'publicite',
  'mots-?cles',
  'en-?continu',
  // de
  'teilen',
  'verwandt',
  'weitere-?artikel',
  'mehr-?zum-?thema',
  'lesen-?sie-?auch',
  'anzeige',
  'werbung',
  'schlagworte',
  'schlagwoerter',
  // es
  'compartir',
  'relacionad[ao]s?',
  'noticias-?relacionadas',
  'publicidad',
  'etiquetas',
  'te-?puede-?interesar',
  // it
  'condividi',
  'correlat[io]',
  'leggi-?anche',
  'pubblicita',
  // pt
  'compartilh(ar|e)',
  'partilhar',
  'leia-?tambem',
  'veja-?tambem',
  'publicidade',
  // ru (transliterated)
  'podelit(sya)?',
  'pohozhie',
  'reklama',
  'chitaite-?takzhe',
  // nl
  'delen',
  'lees-?ook',
  'gerelateerd',
  'advertentie',
  'meer-?nieuws',
];

/**
 * Words that name chrome even inside a longer run-together name ("makehomepagedialog",
 * "footerNewsletterBox"): long and specific enough never to name an article's own parts.
 */
export const CHROME_NAME_SUBSTRINGS: readonly string[] = [
  'dialog', 'newsletter', 'taboola', 'outbrain', 'cookiebanner', 'cookie-banner', 'sharebar',
  'share-bar', 'socialshare', 'social-share', 'advertisement', 'paywall',
  // Appeals for money or membership ("donate-box", "support-us", "membership-cta").
  'donate', 'donation', 'support-us', 'membership-cta',
];

// ---------------------------------------------------------------------------------------------
// Phrases: the visible words of chrome, per language. Each is matched against the whole text of
// a short element (see PHRASE_MAX_LENGTH), case-insensitively, so a sentence of the article that
// merely contains "comments" is never touched.
// ---------------------------------------------------------------------------------------------

/** Elements with more text than this are never removed for their words alone. */
export const PHRASE_MAX_LENGTH = 120;

/** A date line: a label and a date, as sites print them above or below the headline. */
const DATE = String.raw`[\d٠-٩۰-۹][\d٠-٩۰-۹./\-\s:,]*`;

export const CHROME_PHRASES: Readonly<Record<string, readonly string[]>> = {
  // The site's own font widget and share counters: meaningless once the article stands alone.
  any: [
    String.raw`a\s*\+\s*(a\s*[-−–])?`,
    String.raw`a\s*[-−–]\s*(a\s*\+)?`,
    String.raw`a\+?\s*a-?\s*a`,
    String.raw`[\d.,]+\s*[km]?`,
    String.raw`[|•·/]+`,
  ],
  tr: [
    'okuma süresi\\s*:?.*',
    'abonelere özel',
    'bir yorum (yazın|yazin|yaz|bırakın|birakin)',
    '(ziyaretçi |okuyucu )?yorumlar[ıi]?( ?[-–(:]? ?\\d+ ?yorum\\)?)?',
    '\\d+ ?yorum',
    'henüz yorum yapılmamış\\.?',
    'ilk yorumu (siz )?yapın\\.?',
    'yorum (yap|yaz|gönder)',
    '(ilgili|benzer|diğer) haberler',
    'bunlar da ilginizi çekebilir',
    'paylaş(ın)?',
    'haberi paylaş',
    `(yayınlama|yayınlanma|yayın tarihi|eklenme|güncelleme|son güncelleme|giriş|oluşturulma)( tarihi)?\\s*:?\\s*(${DATE}.*)?`,
    'etiketler\\s*:?.*',
    'okunma( sayısı)?\\s*:?\\s*[\\d.]*',
    'reklam',
    'son dakika',
    'abone ol',
    'yazı boyutu',
    'kaynak\\s*:.*',
  ],
  fr: [
    '(article )?réservé aux abonnés',
    // Metered paywalls' banner over a free article: about access, not about the news.
    'cet article vous est offert.*',
    'temps de lecture\\s*:?.*',
    'lecture\\s*:?\\s*\\d+ min\\.?',
    '(laisser|écrire|ajouter|rédiger) un commentaire',
    '\\d+ commentaires?',
    'commentaires?( \\(\\d+\\))?',
    'aucun commentaire.*',
    'soyez le premier à (commenter|réagir).*',
    'réagissez.*',
    '(à )?lire aussi.*',
    'sur le même sujet',
    'partager( sur .*| l.article)?',
    '(publié|mis à jour|modifié) le .*',
    'abonnez-vous.*',
    'newsletter',
    'publicité',
    'mots-clés\\s*:?.*',
    'vous aimerez aussi',
  ],
  en: [
    '(for )?subscribers only',
    '(reading time\\s*:?.*|\\d+[ -]min(ute)?s?( read)?)',
    'leave a (reply|comment)( cancel reply)?',
    '\\d+ (comments?|responses?|replies|thoughts on .*)',
    'comments?( \\(\\d+\\))?',
    'no comments( yet)?\\.?',
    'be the first to comment.*',
    'related (posts|articles|stories|news|content)',
    'read more\\W*',
    '(read|see) (also|next)\\s*:.*',
    'you (may|might) also like',
    'more from .*',
    'share( this( article| post| story)?| on .*)?:?',
    '(published|updated|posted|last updated)( on)?\\s*:?\\s*.*\\d.*',
    'advertisement',
    'sponsored( content)?',
    'sign up for .*',
    'subscribe( now| to .*)?',
    'tag(ged|s)\\s*:.*',
    'filed under\\s*:?.*',
    'about the author',
    'print( this)?',
  ],
  de: [
    'lesezeit\\s*:?.*',
    '(nur )?für abonnenten',
    'kommentare?( \\(\\d+\\))?',
    '\\d+ kommentare?',
    '(einen )?kommentar (schreiben|verfassen)',
    'das könnte sie auch interessieren',
    'mehr zum thema.*',
    'lesen sie auch.*',
    'teilen',
    'artikel teilen',
    'anzeige',
    'werbung',
    '(veröffentlicht|aktualisiert) am .*',
    'schlagworte\\s*:?.*',
  ],
  es: [
    'tiempo de lectura\\s*:?.*',
    'exclusivo (para )?suscriptores',
    'deja un comentario',
    'comentarios?( \\(\\d+\\))?',
    '\\d+ comentarios?',
    'noticias relacionadas',
    'te puede interesar',
    'lee también.*',
    'compartir( en .*)?',
    'publicidad',
    '(publicado|actualizado) el .*',
    'etiquetas\\s*:?.*',
  ],
  it: [
    'tempo di lettura\\s*:?.*',
    'lascia un commento',
    'commenti( \\(\\d+\\))?',
    '\\d+ commenti',
    'leggi anche.*',
    'articoli correlati',
    'condividi( su .*)?',
    'pubblicità',
    '(pubblicato|aggiornato) il .*',
  ],
  pt: [
    'tempo de leitura\\s*:?.*',
    'exclusivo (para )?assinantes',
    'deixe (um|seu) comentário',
    'comentários?( \\(\\d+\\))?',
    '\\d+ comentários?',
    'leia também.*',
    'veja também.*',
    'notícias relacionadas',
    '(compartilhe|compartilhar|partilhar)( no .*)?',
    'publicidade',
    '(publicado|atualizado) em .*',
  ],
  ar: [
    '(اترك|أضف|اكتب) (تعليقا|تعليقاً|تعليق)',
    'التعليقات.*',
    'تعليقات.*',
    '(أخبار|مقالات|مواضيع) (ذات صلة|متعلقة|مشابهة)',
    'اقرأ (أيضا|أيضاً|ايضا)\\s*:?.*',
    'شارك(ها)?( على .*)?',
    'مشاركة',
    'إعلان',
    '(تاريخ النشر|نشر في|آخر تحديث|تم التحديث)\\s*:?.*',
  ],
  nl: [
    'lees ook\\s*:?.*',
    'reacties?( \\(\\d+\\))?',
    '\\d+ reacties?',
    'plaats een reactie',
    'delen',
    'deel dit artikel',
    'advertentie',
    'meer nieuws.*',
    'toon alle reacties',
    'leestijd\\s*:?.*',
  ],
  ja: [
    'シェア(する)?',
    '関連記事',
    'コメント(\\s*\\(?\\d+\\)?)?',
    '広告',
    '(（|\\()?最終更新.*',
    'アクセスランキング',
    '続きを読む',
  ],
  ru: [
    'комментари(и|ев|й).*',
    'оставить комментарий',
    'читайте также.*',
    'похожие (новости|статьи)',
    'поделиться',
    'реклама',
    '(опубликовано|обновлено)\\s*:?.*',
  ],
};

/** Words of sign-in pages' titles and addresses, per language. */
export const SIGN_IN_WORDS =
  /(sign[ -]?in|log[ -]?in|connexion|se connecter|identifiez-vous|giriş yap|oturum aç|üye girişi|anmelden|einloggen|iniciar sesión|acceder|accedi|entrar|iniciar sessão|войти|вход|تسجيل الدخول)/i;

// ---------------------------------------------------------------------------------------------
// Dates: labels that tell published from updated, and month names, per language.
// ---------------------------------------------------------------------------------------------

export const PUBLISHED_LABELS =
  /(yayınlama|yayınlanma|yayın tarihi|eklenme|oluşturulma|publié|published|posted|veröffentlicht|publicado|pubblicato|gepubliceerd|опубликовано|تاريخ النشر|نشر في|نشر بتاريخ)/i;
export const UPDATED_LABELS =
  /(güncelleme|güncellenme|mis à jour|modifié|updated|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt|最終更新|更新|обновлено|آخر تحديث|تم التحديث|تحديث)/i;

/** Month names and their common abbreviations; index 0 is January. */
export const MONTH_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  tr: [['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'], ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
  de: [['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  pt: [['janeiro'], ['fevereiro'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  // Russian dates use the genitive ("19 июня 2024"); the nominative is listed too.
  nl: [['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec']],
  ru: [['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'], ['июня', 'июнь'], ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь']],
  // Arabic: the Egyptian/Gulf names and the Levantine/Iraqi ones.
  ar: [['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'], ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول']],
};

/** Locales that write numeric dates month first (06/19/2024); everyone else writes day first. */
export const MONTH_FIRST_LOCALES = /^(en-us|en-ph|en-ca|fil|en)$/i;

// ---------------------------------------------------------------------------------------------
// Language and reading.
// ---------------------------------------------------------------------------------------------

/** Languages written right to left. */
export const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv']);

/**
 * Silent reading speed in words per minute (Trauzettel-Klosinski et al. 2012, standardized
 * texts); languages not listed read at DEFAULT_WPM.
 */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 138, de: 179, en: 228, es: 218, fi: 161, fr: 195, he: 187, it: 188, nl: 202, pl: 166,
  pt: 181, ru: 184, sl: 180, sv: 199, tr: 166,
};
export const DEFAULT_WPM = 200;
/** Chinese and Japanese are read in characters: about 255 and 357 per minute in the same study. */
export const CHARACTERS_PER_MINUTE: Readonly<Record<string, number>> = { zh: 255, ja: 357, ko: 255 };

/** Below this many characters of body text, detection falls back to the page's declared lang. */
export const MIN_TEXT_FOR_LANGUAGE_DETECTION = 80;

/**
 * Fewer characters than this in the best block: nothing to read. Kept low on purpose: a short
 * note is still worth reading, and home pages, search results and sign-in pages are told apart
 * by their structure (not-article.ts), not by their length.
 */
export const MIN_ARTICLE_TEXT_LENGTH = 1;

/** Images whose src is one of these are lazy-load placeholders, not the picture. */
export const PLACEHOLDER_SRC = /^data:image\/(gif|png|svg)|(^|[/_.-])(blank|placeholder|spacer|pixel|1x1|transparent|lazy|loading)[._-]/i;
export const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-full-src'] as const;
export const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'] as const;

/**
 * Class and id words that mark the author's name on the page, in the languages news sites are
 * built in: Readability knows only English ones (byline, author). "firma" (es, it), "autor"
 * (es, pt, de, pl), "autore" (it), "auteur" and "signature" (fr), "yazar" and "muhabir" (tr),
 * "avtor" (ru transliterated), "kirjoittaja" (fi), "skribent" (sv). Matched as whole words of a
 * class or id, so "authorization" or "firmament" never match.
 */
export const BYLINE_NAME_WORDS = ['byline', 'author', 'author-name', 'autor', 'autore', 'auteur', 'signature', 'firma', 'yazar', 'muhabir', 'avtor', 'kirjoittaja', 'skribent', 'verfasser'] as const;
/** A byline is a name or two, not a paragraph. */
export const BYLINE_MAX_LENGTH = 80;

/**
 * Teaser cards ("More from Local News", "Лента", "Diğer haberler"): a heading that is a link to
 * another article, with at most a short teaser. A block whose children are mostly such cards is
 * a list of other articles, whatever language its heading is in.
 */
export const CARD_MAX_TEXT_LENGTH = 400;
export const MIN_CARDS_IN_LIST = 2;
/** Share of a block's children that must be cards; the rest is its heading or a "more" link. */
export const CARD_SHARE_OF_CHILDREN = 0.6;
/** Paragraph characters outside card lists below which the page is only cards (a front page). */
export const MIN_ARTICLE_TEXT_OUTSIDE_CARDS = 250;

/** Job titles sites print after the author's name; the byline is the name alone. */
export const BYLINE_TRAILING_ROLE =
  /[\s,–—-]+(muhabir|muhabiri|editör|editor|reporter|staff writer|correspondent|redakteur(in)?|korrespondent(in)?|rédact(eur|rice)|journaliste|periodista|redactor(a)?|giornalista|repórter|jornalista|verslaggever|корреспондент|журналист)$/iu;

/** Credits that name the newsroom rather than a person: no byline then. */
export const NEWSROOM_CREDIT = /^((da|de|la|the)\s+)?(reda[çc][ãa]o|redacci[óo]n|redaktion|r[ée]daction|redazione|newsroom|staff|editorial staff)\b/iu;
