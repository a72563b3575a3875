// The lens toggles: one pressed/unpressed button per layer, each showing a sample of its mark.
import { LENS_LAYERS, type LensLayer } from './lens-model';
import '../styles/framing.css';

const SAMPLE: Record<LensLayer, React.ReactNode> = {
  loaded: <span className="lens-cue lens-cue--loaded">word</span>,
  hedges: (
    <span className="lens-cue lens-cue--hedge">
      may<sup className="lens-badge">?</sup>
    </span>
  ),
  attribution: <span className="lens-cue lens-cue--verb">said</span>,
  speakers: (
    <span className="lens-cue lens-cue--speaker">
      <span className="lens-speaker-glyph">“</span>Name
    </span>
  ),
};

export function LensToolbar({ layers, onToggle, disabled }: { layers: ReadonlySet<LensLayer>; onToggle: (layer: LensLayer) => void; disabled?: boolean }) {
  return (
    <div role="toolbar" aria-label="Framing lens layers" className="lens-toolbar">
      <span className="lens-toolbar-label" aria-hidden="true">
        Lens
      </span>
      {LENS_LAYERS.map((layer) => (
        <button
          key={layer.id}
          type="button"
          className="lens-toggle"
          aria-pressed={layers.has(layer.id)}
          aria-keyshortcuts={layer.key}
          title={`${layer.help} (${layer.key.toUpperCase()})`}
          onClick={() => onToggle(layer.id)}
          disabled={disabled}
        >
          <span className="lens-sample" aria-hidden="true">
            {SAMPLE[layer.id]}
          </span>
          {layer.label}
        </button>
      ))}
    </div>
  );
}
