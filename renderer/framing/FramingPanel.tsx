// The Framing tab: how each source names the shared actors, whom it lets speak, and which frames
// its statements use. Loaded lazily (App.tsx): the chart library stays out of the first paint.
import type { Framing } from '../../engine/types';
import { FrameProfile } from './FrameProfile';
import { NamingTable } from './NamingTable';
import type { ClaimLookup, PanelSource } from './panel-types';
import { SpeakersTable } from './SpeakersTable';
import '../styles/framing-panel.css';

interface Props {
  framing: Framing;
  /** In column order, with the names shown (blind aliases in blind mode) and real ids. */
  sources: PanelSource[];
  claim: ClaimLookup;
}

export default function FramingPanel({ framing, sources, claim }: Props) {
  return (
    <div className="framing-panel">
      <p className="hint framing-intro">
        How each source tells the story, beside what it says. Turn on the lens layers above to see the same cues in the text. Method: loaded words, speakers, names and frames are found by
        word lists and grammar, so read them as pointers, not verdicts.
      </p>
      <section aria-labelledby="framing-naming">
        <h3 id="framing-naming">How the sources name the actors</h3>
        <NamingTable naming={framing.naming} sources={sources} />
      </section>
      <section aria-labelledby="framing-speakers">
        <h3 id="framing-speakers">Who speaks</h3>
        <SpeakersTable speakers={framing.speakers} sources={sources} />
      </section>
      <section aria-labelledby="framing-frames">
        <h3 id="framing-frames">Frames</h3>
        <FrameProfile profiles={framing.frames} claims={framing.claims} sources={sources} claim={claim} />
      </section>
    </div>
  );
}
