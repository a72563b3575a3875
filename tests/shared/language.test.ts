// The language notice: quiet on English (every source of the test cases), a plain sentence for
// sources in other languages.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageName, languageNotice, nonEnglishLanguage } from '../../shared/language';

const FRENCH = `Le gouvernement italien a reconnu mardi que l'expulsion d'Alma Shalabayeva et de sa fille vers le Kazakhstan était irrégulière. Le ministre de l'Intérieur a déclaré qu'il n'avait pas été informé de l'opération.`;
const GERMAN = 'Die italienische Regierung räumte am Dienstag ein, dass die Ausweisung von Alma Shalabayeva und ihrer Tochter nach Kasachstan rechtswidrig war. Der Innenminister erklärte, er sei nicht informiert worden.';
const RUSSIAN = 'Правительство Италии во вторник признало, что высылка Аломы Шалабаевой и её дочери в Казахстан была незаконной. Министр внутренних дел заявил, что не был проинформирован об операции.';

function englishSources(): { name: string; text: string }[] {
  const folders = ['samples/ablyazov-2013', ...['cases', 'heldout'].flatMap((k) => readdirSync(join('tests/fixtures', k)).map((d) => join('tests/fixtures', k, d)))];
  return folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.md')).map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') })));
}

describe('language detection', () => {
  it('says nothing about English sources, long or short', () => {
    const sources = englishSources();
    expect(sources.length).toBeGreaterThan(25);
    expect(languageNotice(sources)).toBeNull();
    expect(nonEnglishLanguage('Short English text.')).toBeNull();
    // An English article quoting a French lawyer is English.
    expect(nonEnglishLanguage(`${sources[0].text}\n\n« Nous ne livrerons personne à un pays qui pratique la torture », a dit l'avocat.`)).toBeNull();
  });

  it('names French, German and Russian', () => {
    expect([FRENCH, GERMAN, RUSSIAN].map(nonEnglishLanguage)).toEqual(['fra', 'deu', 'rus']);
    expect(languageName('rus')).toBe('Russian');
    expect(languageName('zzz')).toBe('a language other than English');
  });

  it('tells the user in one sentence which sources are not in English', () => {
    expect(languageNotice([{ name: 'Le Monde', text: FRENCH }, { name: 'Wire', text: englishSources()[0].text }])).toBe(
      "Le Monde looks like French: Parallax's analysis is tuned for English, so claims in it may be split or matched less well.",
    );
    expect(languageNotice([{ name: 'Le Monde', text: FRENCH }, { name: 'Spiegel', text: GERMAN }, { name: 'TASS', text: RUSSIAN }])).toBe(
      "Le Monde looks like French, Spiegel looks like German and TASS looks like Russian: Parallax's analysis is tuned for English, so claims in them may be split or matched less well.",
    );
  });
});
