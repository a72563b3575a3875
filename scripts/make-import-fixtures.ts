// Writes the import fixtures in tests/fixtures/import/ (run: npx tsx scripts/make-import-fixtures.ts).
// Deterministic: fixed dates and zip timestamps, so re-running gives the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const OUT = join('tests', 'fixtures', 'import');
const FIXED = new Date('2020-01-01T00:00:00Z');

export const FIXTURES = {
  docx: {
    file: 'la-stampa-report.docx',
    headline: 'Rome admits the Shalabayeva expulsion broke the rules',
    paragraphs: [
      'The Italian government admitted that the expulsion of Alma Shalabayeva was irregular.',
      'Alma Shalabayeva and her six-year-old daughter were flown to Kazakhstan on a private jet.',
      'Opposition deputies demanded the resignation of Interior Minister Angelino Alfano.',
    ],
  },
  html: {
    file: 'wire-story.html',
    siteName: 'Example Wire',
    headline: 'Kazakhstan renews its demand for Ablyazov',
    paragraphs: [
      'Kazakhstan again asked France to hand over Mukhtar Ablyazov to stand trial for fraud.',
      'Officials in Astana said the former banker embezzled billions from BTA Bank.',
      'Human rights groups warned that he could face torture if he were returned.',
    ],
  },
  pdf: {
    file: 'ngo-briefing.pdf',
    headline: 'Briefing: the risks of returning Ablyazov',
    paragraphs: [
      'Mukhtar Ablyazov must not be extradited to Kazakhstan or to any country that may send him there.',
      'In Kazakhstan he would be at risk of torture and an unfair trial.',
    ],
  },
} as const;

function docx(): Uint8Array {
  const p = (text: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const body = [p(FIXTURES.docx.headline, 'Heading1'), ...FIXTURES.docx.paragraphs.map((t) => p(t))].join('');
  const files = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'word/styles.xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: FIXED }]])), { level: 6 });
}

function html(): string {
  const { siteName, headline, paragraphs } = FIXTURES.html;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${headline} | ${siteName}</title>
<meta property="og:site_name" content="${siteName}">
<script>document.title = 'hijacked'; fetch('https://tracker.example/ping');</script>
<style>body { font-family: serif }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav>
<article>
<h1>${headline}</h1>
<p class="byline">By A. Reporter, 12 July 2013</p>
${paragraphs.map((t) => `<p>${t} <img src="https://tracker.example/pixel.gif" onerror="alert(1)"></p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ul><li>Celebrity chef opens restaurant</li><li>Weather: rain all week</li></ul></aside>
<footer>© Example Wire. All rights reserved.</footer>
</body></html>
`;
}

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(FIXTURES.pdf.headline);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer('parallax fixtures');
  doc.setCreator('parallax fixtures');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  let y = 780;
  page.drawText(FIXTURES.pdf.headline, { x: 50, y, size: 16, font });
  y -= 40;
  for (const paragraph of FIXTURES.pdf.paragraphs) {
    // Wrap at ~80 characters so the reader has to join lines back into a paragraph.
    const words = paragraph.split(' ');
    let line = '';
    for (const word of words) {
      if ((line + ' ' + word).trim().length > 80) {
        page.drawText(line, { x: 50, y, size: 11, font });
        y -= 15;
        line = word;
      } else line = (line + ' ' + word).trim();
    }
    page.drawText(line, { x: 50, y, size: 11, font });
    y -= 34;
  }
  return doc.save({ useObjectStreams: false });
}

if (process.argv[1]?.endsWith('make-import-fixtures.ts')) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, FIXTURES.docx.file), docx());
  writeFileSync(join(OUT, FIXTURES.html.file), html());
  writeFileSync(join(OUT, FIXTURES.pdf.file), await pdf());
  console.log(`wrote ${Object.values(FIXTURES).map((f) => f.file).join(', ')} to ${OUT}`);
}
