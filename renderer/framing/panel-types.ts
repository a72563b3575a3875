// What the Framing panel needs to know about the case beyond `Analysis.framing`.

/** A source as the panel shows it: the real id (the framing's), the shown name and column number. */
export interface PanelSource {
  id: string;
  name: string;
  /** 1-based column number, also the bar label in the frame chart. */
  number: number;
}

/** A claim's text, its source and where it starts there, by real (not blind) ids. */
export type ClaimLookup = (realClaimId: string) => { text: string; start: number; source: string } | undefined;
