// Renderer entry: picks the host (Electron or browser), starts the analysis worker, renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AnalysisClient } from './analysis/analysis-client';
import AnalysisWorker from './analysis/analysis.worker.ts?worker';
import { App } from './components/App';
import { pickHost } from './host/pick-host';
import './styles/app.css';
import './styles/marks.css';

const analyzer = new AnalysisClient(() => new AnalysisWorker());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App host={pickHost()} analyzer={analyzer} />
  </StrictMode>,
);
