import { makePdf, makeDocx } from '../test/text/make-files.js';
import { pdfToText } from '../src/text/pdf.js';
import { docxToText } from '../src/text/docx.js';
const pdf = makePdf([['政府工作报告', '地区生产总值增长５％左右，', '力争6.5%。'], ['第二页：GDP 1035.61亿元']]);
console.log(JSON.stringify(await pdfToText(pdf, 'a.pdf')));
try { await pdfToText(makePdf([[]]), 'scan.pdf'); } catch (e) { console.log(String(e)); }
try { await pdfToText(new TextEncoder().encode('%PDF-1.4\ngarbage'), 'bad.pdf'); } catch (e) { console.log(String(e)); }
console.log(JSON.stringify(await docxToText(makeDocx(['政府工作报告', '各位代表：', '今年目标是增长5%左右。']), 'a.docx')));
try { await docxToText(new TextEncoder().encode('PK\x03\x04garbage'), 'bad.docx'); } catch (e) { console.log(String(e)); }
try { await docxToText(makeDocx([]), 'empty.docx'); } catch (e) { console.log(String(e)); }
