import { constants, crc32 as zcrc32, deflateRawSync } from 'node:zlib';
// Tiny writers for real .pdf and .docx test files, so no binary fixtures need committing.

/** A PDF whose pages show the given lines (any Unicode, CJK included) through a Type0 font with a ToUnicode map. */
export function makePdf(pages: string[][]): Uint8Array {
  const chars = [...new Set(pages.flat().join(''))];
  const cid = new Map(chars.map((c, i) => [c, i + 1]));
  const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const objs: string[] = [];
  const add = (body: string) => objs.push(body); // returns the object number (index + 1)

  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add('PAGES'); // 2, filled in below
  const fontDesc = add(
    '<< /Type /FontDescriptor /FontName /TestCJK /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const bf: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const chunk = chars.slice(i, i + 100);
    bf.push(`${chunk.length} beginbfchar\n${chunk.map((c) => `<${hex4(cid.get(c)!)}> <${hex4(c.charCodeAt(0))}>`).join('\n')}\nendbfchar`);
  }
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n${bf.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend`;
  const toUni = add(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${fontDesc} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUni} 0 R >>`,
  );
  const pageIds: number[] = [];
  for (const lines of pages) {
    const ops = lines.length
      ? `BT /F1 12 Tf 14 TL 40 800 Td\n${lines.map((l) => `<${[...l].map((c) => hex4(cid.get(c)!)).join('')}> Tj T*`).join('\n')}\nET`
      : '0 0 1 rg 100 100 200 200 re f'; // a page with only a drawing (like a scan): no text layer
    const content = add(`<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objs[1] = `<< /Type /Pages /Kids [${pageIds.map((p) => `${p} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objs.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An entry deflated ahead: its compressed bytes, CRC-32 and size (a huge one, made without holding it). */
export interface Deflated {
  deflated: Buffer;
  crc: number;
  size: number;
}

/**
 * Deflates `pieces` (each repeated `times`) as one stream without ever holding the whole: each piece is deflated
 * once as a byte-aligned block of its own (no reference to earlier data), repeated, and closed by a final empty
 * block. A gigabyte of XML becomes about a megabyte, made in a second.
 */
export function deflatedRepeat(pieces: Array<{ data: string | Buffer; times: number }>): Deflated {
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const { data, times } of pieces) {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const block = deflateRawSync(raw, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    for (let i = 0; i < times; i++) {
      out.push(block);
      crc = zcrc32(raw, crc);
      size += raw.length;
    }
  }
  out.push(deflateRawSync(Buffer.alloc(0)));
  return { deflated: Buffer.concat(out), crc, size };
}

/**
 * A zip of the files; `deflate` compresses them (a zip bomb is a small deflated file that inflates huge);
 * `declare` writes other uncompressed sizes into the headers than the data has (a directory that lies).
 */
export function makeZip(files: Record<string, string | Uint8Array | Deflated>, opts: { deflate?: boolean; declare?: Record<string, number> } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const pre = typeof content === 'object' && 'deflated' in content ? content : null;
    const raw = pre ? Buffer.alloc(0) : typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content as Uint8Array);
    const deflate = !!pre || !!opts.deflate;
    const data = pre ? pre.deflated : opts.deflate ? deflateRawSync(raw, { level: 9 }) : raw;
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = pre ? pre.crc : crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(deflate ? 8 : 0, 8); // deflated or stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    const declared = opts.declare?.[name] ?? (pre ? pre.size : raw.length);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal valid .docx with one paragraph per string (or the body's XML as given), and the zip's options. */
export function makeDocx(paragraphs: string[] | { xml: string } | { repeat: string; times: number }, opts: Parameters<typeof makeZip>[1] = {}): Uint8Array {
  const body = Array.isArray(paragraphs) ? paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('') : 'xml' in paragraphs ? paragraphs.xml : null;
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>';
  const tail = '</w:body></w:document>';
  // A body repeated `times` (a bomb): deflated piece by piece, never held whole.
  const document = body !== null ? `${head}${body}${tail}` : deflatedRepeat([{ data: head, times: 1 }, { data: (paragraphs as { repeat: string }).repeat, times: (paragraphs as { times: number }).times }, { data: tail, times: 1 }]);
  return makeZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': document,
  }, opts);
}
