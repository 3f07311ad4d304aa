// The text stage: bytes in, one canonical text out. I/O only in load.ts and collection.ts.
export { InputError, isInputError } from './errors.js';
export { decodeBytes, MISENCODED_REASON, type Decoded, type DecodeOptions } from './decode.js';
export { normaliseText, containsTraditional } from './normalise.js';
export { htmlToText, htmlTitle } from './html.js';
export { docxToText } from './docx.js';
export { markdownToText, looksLikeMarkdown } from './markdown.js';
export { pdfToText, reflowLines, NO_TEXT_LAYER } from './pdf.js';
export {
  loadFile,
  loadStdin,
  docFromBytes,
  detectFormat,
  declaredCharset,
  DEFAULT_MAX_BYTES,
  type LoadedDoc,
  type LoadOptions,
  type DocFormat,
} from './load.js';
export {
  readCollection,
  isCollectionPath,
  type CollectionRow,
  type CollectionOptions,
  type ColumnMapping,
} from './collection.js';
