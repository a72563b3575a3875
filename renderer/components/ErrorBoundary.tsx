// Last line of defence: a bug in a view shows a calm message instead of a blank window.
// Unsaved work is in the autosave, which the next start offers back.
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Parallax view failed:', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Parallax ran into a problem</h1>
        <p>Your unsaved work was saved automatically and will be offered back when Parallax starts again.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Restart Parallax
        </button>
      </div>
    );
  }
}
