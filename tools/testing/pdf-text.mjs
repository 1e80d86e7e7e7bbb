#!/usr/bin/env node
// `node tools/testing/pdf-text.mjs < file.pdf`: prints the text of a PDF, one line per text line, pages apart by a
// form feed. pdf.js (pdfjs-dist) reads it, as a reader of the file would: tests use it to read figures back from the
// council report. A separate process, since pdf.js is an ES module and the Jest and Playwright suites are CommonJS.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const doc = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), isEvalSupported: false, verbosity: 0 })
  .promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const content = await (await doc.getPage(n)).getTextContent();
  let line = '';
  const lines = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    line += item.str;
    if (item.hasEOL) {
      lines.push(line);
      line = '';
    } else if (!item.str.endsWith(' ') && !item.str.endsWith('-')) {
      // pdfmake writes a line word by word; a word broken after a hyphen (Halt-JRB) goes on without a space.
      line += ' ';
    }
  }
  if (line) lines.push(line);
  pages.push(
    lines
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  );
}
process.stdout.write(pages.join('\n\f\n'));
