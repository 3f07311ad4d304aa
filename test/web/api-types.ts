// Compile-time check (tsc -p tsconfig.json, part of npm test): the store's results still fit the shapes the
// workbench declares in src/web/lib/types.ts (it cannot import them: they come with Node imports).
import type { documentDetail, listDocuments, listRegions } from '../../src/store/queries/documents.js';
import type { runYearOverYear } from '../../src/store/queries/yoy.js';
import type { listCorrections } from '../../src/store/corrections.js';
import type { UploadResult as StoreUpload } from '../../src/store/ingest.js';
import type { search } from '../../src/store/search.js';
import type * as Web from '../../src/web/lib/types.js';

type Out<F extends (...a: any[]) => any> = NonNullable<Awaited<ReturnType<F>>>;
type Fits<A extends B, B> = A;

export type Checks = [
  Fits<Out<typeof documentDetail>, Web.DocumentDetail>,
  Fits<Out<typeof listDocuments>, Web.DocumentList>,
  Fits<Out<typeof listRegions>, Web.RegionSummary[]>,
  Fits<Out<typeof runYearOverYear>, Web.YearOverYear>,
  Fits<Out<typeof listCorrections>, Web.Correction[]>,
  Fits<Out<typeof search>, Web.SearchResult>,
  Fits<StoreUpload, Web.UploadResult>,
];
