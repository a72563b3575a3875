// Web pages saved as .html: sanitised (DOMPurify), then reduced to the article itself
// (Mozilla's Readability, as in Firefox's reader view), then to paragraphs. Nothing from
// the page is ever put into the live document.
import DOMPurify from 'dompurify';
import { Readability } from '@mozilla/readability';
import { blocksToText, withHeadline } from './blocks';

export interface HtmlArticle {
  title: string | null;
  siteName: string | null;
  text: string;
}

export function htmlToArticle(html: string): HtmlArticle {
  const clean = DOMPurify.sanitize(html, { WHOLE_DOCUMENT: true, FORBID_TAGS: ['style', 'form', 'svg', 'math'] });
  const parser = new DOMParser();
  const page = parser.parseFromString(clean, 'text/html');
  const pageTitle = page.querySelector('title')?.textContent?.trim() || page.querySelector('h1')?.textContent?.trim() || null;
  const siteName = page.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || null;
  const article = new Readability(page.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  const body = article?.content ? parser.parseFromString(article.content, 'text/html').body : page.body;
  const title = article?.title?.trim() || pageTitle;
  return { title, siteName: article?.siteName?.trim() || siteName, text: withHeadline(title, blocksToText(body)) };
}
