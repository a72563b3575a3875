// Renderer entry: picks the host (Electron or browser), starts the analysis worker, renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnalysisClient } from './analysis/analysis-client';
import AnalysisWorker from './analysis/analysis.worker.ts?worker';
import { App } from './components/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { pickHost } from './host/pick-host';
import sampleAnalysis from 'virtual:sample-analysis';
import './styles/app.css';
import './styles/marks.css';
import './styles/classroom.css';

const analyzer = new AnalysisClient(() => new AnalysisWorker());
// The worker (and its language model) load while the page renders, and it analyses the sample on
// screen for nothing (its analysis is precomputed), so the first edit or import finds it warm.
analyzer.warm(sampleAnalysis?.input);
const precomputed = sampleAnalysis ? [sampleAnalysis] : [];

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App host={pickHost()} analyzer={analyzer} precomputed={precomputed} />
    </ErrorBoundary>
  </StrictMode>,
);
