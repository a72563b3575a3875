// Run as a child process by atomic-save-crash.test.ts: saves a large case to argv[2] through the
// app's own saveCaseFile (and so writeFileAtomic), to be killed while it does.
import { MAX_SOURCE_CHARS, emptyCase } from '../../shared/case-file';
import { saveCaseFile } from '../../main/case-store';

const sentence = 'The council approved the budget on Monday after a long debate about the harbour wall. ';
const text = sentence.repeat(Math.floor(MAX_SOURCE_CHARS / sentence.length));
const document = { ...emptyCase('After'), sources: Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, name: `Outlet ${i}`, text })) };
const result = await saveCaseFile(process.argv[2], document);
process.stdout.write(`${result.status}\n`);
