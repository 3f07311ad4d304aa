// .docx read as a stream with every inflated byte counted (issue 23, rows 3 and 4): a zip that declares a bomb, one
// whose directory understates the sizes, junk before the zip, a document inflating to more text than the limit —
// each one error line, stopped while inflating; and the text as mammoth gave it, on documents of many shapes.
import mammoth from 'mammoth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../src/text/docx.js';
import { docFromBytes } from '../../src/text/load.js';
import { InputError } from '../../src/text/errors.js';
import { makeDocx } from './make-files.js';

const reason = async (p: Promise<unknown>, name = 'x.docx') => {
  const e = await p.then(() => null, (x) => x);
  expect(e).toBeInstanceOf(InputError);
  expect((e as InputError).message).not.toMatch(/\n/);
  expect((e as InputError).file).toBe(name);
  return (e as InputError).reason;
};
const para = (s: string) => `<w:p><w:r><w:t>${s}</w:t></w:r></w:p>`;

describe('hostile .docx', () => {
  it('a directory that declares a bomb: refused before anything is inflated', async () => {
    const zip = makeDocx(['政府工作报告'], { deflate: true, declare: { 'word/document.xml': 300 * 1024 * 1024 } });
    expect(await reason(docFromBytes(zip, 'x.docx'))).toBe('the .docx unpacks to 300 MB (a zip bomb?); the limit is 200 MB');
  });

  it('a directory that understates the sizes: stopped as the entry inflates past its declared size', async () => {
    const xml = para('增'.repeat(8 * 1024 * 1024)); // 24 MB of XML, declared as 2 KB
    const zip = makeDocx({ xml }, { deflate: true, declare: { 'word/document.xml': 2048 } });
    expect(zip.length).toBeLessThan(200_000);
    expect(await reason(docxToText(zip, 'x.docx'))).toBe('not a readable .docx file (an entry inflates to another size than the zip declares: damaged, or a zip bomb)');
  });

  it('junk before the zip: one clear error line', async () => {
    const zip = makeDocx({ xml: para('增'.repeat(1024 * 1024)) }, { deflate: true });
    const junk = Buffer.concat([Buffer.alloc(64, 0x41), zip]);
    expect(await reason(docFromBytes(junk, 'x.docx'))).toMatch(/^not a readable \.docx file \(corrupt or not a zip archive: /);
  });

  it('a directory that declares more XML than the limit: refused before inflating', async () => {
    const honest = makeDocx({ xml: para('增'.repeat(500_000)) }, { deflate: true });
    expect(await reason(docxToText(honest, 'x.docx', { unpacked: 1024 * 1024, text: 50 * 1024 * 1024 }))).toMatch(/^the \.docx unpacks to 1\.4 MB \(a zip bomb\?\); the limit is 1 MB$/);
  });

  it('the text limit applies to the text: a small file that holds more text than the limit is refused while it streams', async () => {
    const zip = makeDocx({ xml: para('增长'.repeat(100_000)).repeat(10) }, { deflate: true }); // 6 MB of text
    expect(zip.length).toBeLessThan(100_000);
    expect(await reason(docxToText(zip, 'x.docx', { unpacked: 200 * 1024 * 1024, text: 1024 * 1024 }))).toBe('the .docx holds more than 1 MB of text; the limit is 1 MB');
  });

  it('malformed XML and a zip without a document: one line each', async () => {
    expect(await reason(docxToText(makeDocx({ xml: '<w:p><w:r><w:t>增长</w:r></w:p>' }), 'x.docx'))).toMatch(/^not a readable \.docx file \(malformed XML: /);
  });
});

describe('the text, as mammoth gives it', () => {
  const pieces = [
    para('政府工作报告'),
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>各位代表：</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> 增长6.5% </w:t></w:r></w:p>',
    '<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    '<w:p><w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>',
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    '<w:p><w:hyperlink w:anchor="a"><w:r><w:t>平陆运河</w:t></w:r></w:hyperlink><w:r><w:noBreakHyphen/><w:softHyphen/><w:t>&amp;&lt;</w:t></w:r></w:p>',
    '<w:p/>',
    '<w:sdt><w:sdtContent><w:p><w:r><w:t>控件</w:t></w:r></w:p></w:sdtContent></w:sdt>',
  ];

  it('property: any sequence of these parts reads as mammoth reads it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), async (parts) => {
        const docx = Buffer.from(makeDocx({ xml: parts.join('') }, { deflate: true }));
        const { value } = await mammoth.extractRawText({ buffer: docx });
        if (value.trim() === '') return;
        expect(await docxToText(docx, 'p.docx')).toBe(value);
      }),
      { numRuns: 60 },
    );
  });

  it('a line break is a newline (mammoth dropped it, gluing the lines)', async () => {
    expect(await docxToText(makeDocx({ xml: '<w:p><w:r><w:t>一、</w:t><w:br/><w:t>二、</w:t></w:r></w:p>' }), 'b.docx')).toBe('一、\n二、\n\n');
  });
});
