/**
 * Wraps hostile vectors into realistic article pages: a site header and navigation, a headline,
 * a byline, several long genuine paragraphs (so that the extractor sees an article), the vector
 * inside the body (or between headline and body, or in <head>), and a footer.
 *
 * One page per vector, plus one long article that carries every vector at once.
 */
import { VECTORS, type HostileVector } from './vectors';

/** Genuine paragraphs: enough text for Readability and Okur to take the page for an article. */
const PARAGRAPHS = [
  'The Riverside public library reopened its doors on Saturday morning after a renovation that lasted almost two years, and by nine o’clock the queue of readers waiting outside had reached the corner of Mill Street, where volunteers handed out coffee and the first of the new library cards.',
  'The building, which dates from 1911, had been closed since the spring of the previous year when inspectors found that the roof timbers above the reading room were no longer safe. The council voted to repair the roof and, while the scaffolding was up, to rebuild the heating, the wiring and the lifts that had troubled staff for a decade.',
  'Inside, the reading room has been restored to something close to its original appearance. The tall windows that had been painted over in the 1970s let in daylight again, the oak tables have been stripped and oiled, and the shelves along the walls now hold the local history collection that used to sit in boxes in the basement.',
  'The head librarian said the most important change was one visitors would hardly notice. The ground floor no longer has steps between its rooms, so that readers with pushchairs or wheelchairs can reach every shelf, the children’s corner and the new study rooms without asking anyone for help or waiting for a lift.',
  'The renovation cost a little more than the council had planned, mostly because of the roof, whose damage turned out to be worse once the old slates came off. A regional heritage fund paid for a third of the work, and a campaign by the Friends of the Library raised enough money to buy new books for the children’s section.',
  'Opening hours have been extended as well. The library now stays open until eight in the evening from Monday to Thursday, which the council says answers the most common request in a survey of residents last year, when many people said they could only visit after work or after their children had gone to bed.',
  'Not everyone is pleased. A group of residents had argued that the money would have been better spent on a smaller, modern building closer to the new housing estates in the east of the town, and they say the reopening does not change the fact that many families there still have a long bus ride to reach any library at all.',
  'The council has promised to run a mobile library service to the eastern estates twice a week from September, and says it will look again at a branch library there when the next budget is drawn up. For now, the staff at Mill Street say they are simply glad to see the reading room full again.',
];

/** A paragraph that frames each vector in the all-vectors article, so the body reads as prose. */
function caseParagraph(v: HostileVector, n: number): string {
  return (
    `<p>Note ${n} from the reopening: the staff also showed visitors item ${v.id.replace(/-/g, ' ')}, ` +
    'one of the many small things that had been catalogued, cleaned and put back on the shelves during the long months when the building was closed to the public.</p>'
  );
}

export interface PageOptions {
  /** The canary server, http://127.0.0.1:<port>; fills {{ORIGIN}} in the vectors. */
  origin: string;
}

/** The vector's markup with {{ORIGIN}} filled in and ⟦b64:…:b64⟧ turned into base64. */
export function renderVectorHtml(v: HostileVector, { origin }: PageOptions): string {
  return v.html
    .replaceAll('{{ORIGIN}}', origin)
    .replace(/⟦b64:([\s\S]*?):b64⟧/g, (_, text: string) => Buffer.from(text, 'utf8').toString('base64'));
}

export function titleFor(v: HostileVector | null): string {
  return v
    ? `Riverside library reopens after a two-year renovation (case ${v.id})`
    : 'Riverside library reopens after a two-year renovation, with every hostile case at once';
}

interface Parts {
  title: string;
  head: string[];
  lead: string[];
  /** The body's blocks in order: genuine paragraphs and vectors. */
  body: string[];
}

function page({ title, head, lead, body }: Parts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeText(title)} | The Riverside Courier</title>
<meta property="og:title" content="${escapeAttr(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-19T08:30:00+01:00">
${head.join('\n')}
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Riverside Courier</a>
  <nav><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/weather/">Weather</a></li></ul></nav>
</header>
<main>
<article class="story">
<h1>${escapeText(title)}</h1>
<p class="byline">By Margaret Holloway, 19 June 2024</p>
${lead.join('\n')}
<div class="story-body">
${body.join('\n')}
</div>
</article>
</main>
<footer class="site-footer"><p>© 2024 The Riverside Courier. All rights reserved.</p><a href="/privacy/">Privacy</a></footer>
</body>
</html>
`;
}

/** The page of one vector: the genuine article with the vector in the middle of the body. */
export function vectorPage(v: HostileVector, options: PageOptions): string {
  const html = renderVectorHtml(v, options);
  const where = v.where ?? 'body';
  const body = [...PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`)];
  if (where === 'body') body.push(html);
  body.push(...PARAGRAPHS.slice(3).map((p) => `<p>${p}</p>`));
  return page({ title: titleFor(v), head: where === 'head' ? [html] : [], lead: where === 'lead' ? [html] : [], body });
}

/** The article with no vector at all: what every vector page's output is compared with. */
export function baselinePage(): string {
  const body = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  return page({ title: titleFor(null), head: [], lead: [], body });
}

/** One long article carrying every vector, each framed by a paragraph of prose. */
export function allVectorsPage(options: PageOptions, vectors: readonly HostileVector[] = VECTORS): string {
  const head: string[] = [];
  const lead: string[] = [];
  const body: string[] = [];
  let n = 0;
  PARAGRAPHS.forEach((p, i) => {
    body.push(`<p>${p}</p>`);
    // Spread the vectors among the genuine paragraphs, a share after each one.
    const share = vectors.filter((_, k) => k % PARAGRAPHS.length === i);
    for (const v of share) {
      const html = renderVectorHtml(v, options);
      const where = v.where ?? 'body';
      if (where === 'head') head.push(html);
      else if (where === 'lead') lead.push(html);
      else body.push(caseParagraph(v, ++n), html);
    }
  });
  return page({ title: titleFor(null), head, lead, body });
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
