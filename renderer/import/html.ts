// Web pages saved as .html: defused (no handlers, styles or active elements), sanitised (DOMPurify), then reduced to the article itself
// (Mozilla's Readability, as in Firefox's reader view), then to paragraphs. Nothing from
// the page is ever put into the live document.
import DOMPurify from 'dompurify';
import { Readability } from '@mozilla/readability';
import { blocksToText, withHeadline } from './blocks';
import { defuseHtml } from './defuse-html';

export interface HtmlArticle {
  title: string | null;
  siteName: string | null;
  text: string;
}

export function htmlToArticle(source: string): HtmlArticle {
  const html = defuseHtml(source);
  const parser = new DOMParser();
  // DOMParser documents are inert (no scripts, no loads): safe for reading the page's metadata,
  // which the sanitiser would drop along with <meta>.
  const raw = parser.parseFromString(html, 'text/html');
  const meta = (name: string) => raw.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;
  const siteName = meta('og:site_name') ?? meta('application-name');
  const clean = DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'svg', 'math', 'img', 'video', 'audio', 'iframe'] });
  const page = parser.parseFromString(clean, 'text/html');
  const pageTitle = meta('og:title') || page.querySelector('h1')?.textContent?.trim() || raw.title.trim() || null;
  const article = new Readability(page.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  const body = article?.content ? parser.parseFromString(article.content, 'text/html').body : page.body;
  const title = pageTitle ?? article?.title?.trim() ?? null;
  return { title, siteName: siteName ?? article?.siteName?.trim() ?? null, text: withHeadline(title, blocksToText(body)) };
}
