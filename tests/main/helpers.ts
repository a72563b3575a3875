// Shared test data for the main-process tests.
import { emptyCase, type CaseDocument } from '../../shared/case-file';

export function sampleDocument(title = 'Two framings'): CaseDocument {
  return {
    ...emptyCase(title),
    sources: [
      { id: 'a', name: 'Outlet A', kind: 'newspaper', text: 'The council approved the budget on Monday.' },
      { id: 'b', name: 'Outlet B', text: 'The council rejected the budget on Monday.', origin: 'b.txt' },
    ],
  };
}
