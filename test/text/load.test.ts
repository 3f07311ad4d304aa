import iconv from 'iconv-lite';
import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/text/errors.js';
import { loadFile, loadStdin } from '../../src/text/load.js';
import { NO_TEXT_LAYER } from '../../src/text/pdf.js';
import { makeDocx, makePdf, makeZip } from './make-files.js';
import { GOV_PAGE } from './samples.js';

const REPORT = '政府工作报告\n\n各位代表：\n\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workreport-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, bytes);
  return p;
}

async function inputError(p: Promise<unknown>, file: string): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.file).toBe(file);
    expect(err.message).toBe(`${file}: ${err.reason}`);
    expect(err.message).not.toMatch(/[\r\n]/);
    return err;
  }
  throw new Error(`expected an InputError for ${file}`);
}

describe('loadFile: formats', () => {
  it('UTF-8 text, with the sha256 of the original bytes', async () => {
    const bytes = Buffer.from(REPORT, 'utf8');
    const p = await put('r.txt', bytes);
    const doc = await loadFile(p);
    expect(doc).toEqual({
      file: p,
      format: 'txt',
      encoding: 'utf-8',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      raw: REPORT,
    });
  });

  it('GBK and UTF-16 text', async () => {
    const gbk = await loadFile(await put('gbk.txt', iconv.encode(REPORT, 'gbk')));
    expect([gbk.encoding, gbk.raw]).toEqual(['gb18030', REPORT]);
    const u16 = await loadFile(await put('u16.txt', iconv.encode(REPORT, 'utf-16le', { addBOM: true })));
    expect([u16.encoding, u16.raw]).toEqual(['utf-16le', REPORT]);
  });

  it('a GBK HTML page with <meta charset=gb2312> and site chrome', async () => {
    const doc = await loadFile(await put('page.html', iconv.encode(GOV_PAGE, 'gbk')));
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.raw).toContain('GDP总量实现1035.61亿元');
    expect(doc.raw).not.toContain('打印');
  });

  it('HTML without an extension, by sniffing', async () => {
    const doc = await loadFile(await put('download', GOV_PAGE.replace('gb2312', 'utf-8')));
    expect(doc.format).toBe('html');
    expect(doc.raw).toContain('各位代表：');
  });

  it('.docx', async () => {
    const doc = await loadFile(await put('r.docx', makeDocx(['政府工作报告', '各位代表：', '地区生产总值增长5%左右。'])));
    expect(doc.format).toBe('docx');
    expect(doc.encoding).toBeNull();
    expect(doc.raw).toContain('各位代表：\n\n地区生产总值增长5%左右。');
  });

  it('PDF with a CJK text layer, over two pages', async () => {
    const pdf = makePdf([['政府工作报告', '地区生产总值增长５％左右，'], ['力争6.5%。']]);
    const doc = await loadFile(await put('r.pdf', pdf));
    expect(doc.format).toBe('pdf');
    expect(doc.raw).toContain('政府工作报告');
    expect(doc.raw).toContain('地区生产总值增长５％左右，');
    expect(doc.raw).toContain('力争6.5%。');
  });

  it('a PDF saved as .html is read as PDF (magic number wins)', async () => {
    const doc = await loadFile(await put('fake.html', makePdf([['政府工作报告']])));
    expect(doc.format).toBe('pdf');
  });

  it('stdin', async () => {
    const doc = await loadStdin({}, Readable.from([Buffer.from(REPORT.slice(0, 10)), Buffer.from(REPORT.slice(10))]));
    expect(doc).toMatchObject({ file: '<stdin>', format: 'txt', raw: REPORT });
  });
});

describe('loadFile: every bad input is one InputError line naming the file', () => {
  it('missing file', async () => {
    const p = join(dir, 'nope.txt');
    expect((await inputError(loadFile(p), p)).reason).toBe('file not found');
  });

  it('directory', async () => {
    const p = join(dir, 'sub');
    await mkdir(p);
    expect((await inputError(loadFile(p), p)).reason).toMatch(/directory/);
  });

  it('empty file', async () => {
    const p = await put('empty.txt', '');
    expect((await inputError(loadFile(p), p)).reason).toBe('empty file');
  });

  it('binary file', async () => {
    const p = await put('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    expect((await inputError(loadFile(p), p)).reason).toMatch(/binary/);
  });

  it('100 MB file, refused from its size without reading it', async () => {
    const p = join(dir, 'huge.txt');
    const fh = await open(p, 'w');
    await fh.truncate(100 * 1024 * 1024); // sparse: no disk, no time
    await fh.close();
    const t0 = performance.now();
    const e = await inputError(loadFile(p), p);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(e.reason).toBe('file too large (100 MB; the limit is 50 MB)');
    expect((await inputError(loadFile(await put('small.txt', REPORT), { maxBytes: 10 }), join(dir, 'small.txt'))).reason).toMatch(/too large/);
  });

  it('Big5 text reads as the report it is', async () => {
    const p = await put('big5.txt', iconv.encode('我們這個經濟發展得很好，地區生產總值增長5%左右，財政收入穩步增長。'.repeat(20), 'big5'));
    const d = await loadFile(p);
    expect(d.encoding).toBe('big5');
    expect(d.raw.startsWith('我們這個經濟發展得很好，地區生產總值增長5%左右')).toBe(true);
  });

  it('mis-encoded text (Shift-JIS)', async () => {
    const p = await put('sjis.txt', iconv.encode('政府の業務報告。経済成長率は6.5％程度とする。日本語のテキストです。'.repeat(20), 'shift_jis'));
    expect((await inputError(loadFile(p), p)).reason).toBe('not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)');
  });

  it('PDF without a text layer', async () => {
    const p = await put('scan.pdf', makePdf([[]]));
    expect((await inputError(loadFile(p), p)).reason).toBe(NO_TEXT_LAYER);
  });

  it('corrupt PDF', async () => {
    const p = await put('broken.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog');
    expect((await inputError(loadFile(p), p)).reason).toMatch(/^not a readable PDF/);
  });

  it('corrupt .docx and a zip that is not a .docx', async () => {
    const p = await put('broken.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    expect((await inputError(loadFile(p), p)).reason).toMatch(/^not a readable \.docx file/);
    const q = await put('other.docx', makeZip({ 'hello.txt': 'hi' }));
    expect((await inputError(loadFile(q), q)).reason).toMatch(/^not a readable \.docx file/);
  });

  it('legacy .doc', async () => {
    const p = await put('old.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    expect((await inputError(loadFile(p), p)).reason).toMatch(/\.doc.*not supported/);
  });

  it.skipIf(process.getuid?.() === 0)('unreadable file (EACCES)', async () => {
    const p = await put('secret.txt', REPORT);
    await chmod(p, 0o000);
    expect((await inputError(loadFile(p), p)).reason).toBe('permission denied');
  });

  it('stdin over the size limit', async () => {
    await inputError(loadStdin({ maxBytes: 8 }, Readable.from([Buffer.alloc(5, 0x41), Buffer.alloc(5, 0x41)])), '<stdin>');
  });
});

describe('the size limit applies to the text too (issue 23, row 4)', () => {
  it('a UTF-16 file under the limit whose text, in UTF-8, is over it', async () => {
    const { docFromBytes } = await import('../../src/text/load.js');
    const bytes = iconv.encode('增长'.repeat(20_000), 'utf-16le', { addBOM: true }); // 80 KB; 120 KB as UTF-8
    const e = await docFromBytes(bytes, 'u16.txt', { maxBytes: 100 * 1024 }).catch((x) => x);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe('u16.txt: too much text (0.1 MB once read; the limit is 0.1 MB)');
  });

  it('a .docx is read only up to the limit', async () => {
    const { docFromBytes } = await import('../../src/text/load.js');
    const docx = makeDocx(['增长'.repeat(30_000)], { deflate: true }); // 180 KB of text in a few KB
    const e = await docFromBytes(docx, 'd.docx', { maxBytes: 100 * 1024 }).catch((x) => x);
    expect(e.message).toBe('d.docx: the .docx holds more than 0.1 MB of text; the limit is 0.1 MB');
  });
});
