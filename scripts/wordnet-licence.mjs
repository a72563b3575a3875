// The WordNet licence asks that its notice go with every copy of the data; the analysis worker
// carries a derived table, so each build (browser and desktop) ships the notice beside it.
import { readFileSync } from 'node:fs';

const NOTICE = new URL('../engine/data/WORDNET-LICENSE.txt', import.meta.url);

/** @returns {import('vite').Plugin} */
export function wordnetLicence() {
  return {
    name: 'parallax-wordnet-licence',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'WORDNET-LICENSE.txt', source: readFileSync(NOTICE, 'utf8') });
    },
  };
}
