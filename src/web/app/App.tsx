// The workbench: a header with the pages, and the page of the URL.
import { useEffect, type ReactNode } from 'react';
import { href, useRoute, type Route } from './router';
import { LibraryPage } from '../library/LibraryPage';
import { ReaderPage } from '../reader/ReaderPage';
import { ComparePage } from '../compare/ComparePage';
import { TrackPage } from '../track/TrackPage';
import { TasksPage } from '../tasks/TasksPage';
import { SearchPage } from '../search/SearchPage';
import { YoyPage } from '../yoy/YoyPage';
import { ProjectsPage } from '../projects/ProjectsPage';
import { AuditPage } from '../audit/AuditPage';
import { MapPage } from '../map/MapPage';
import { TokenButton } from './TokenButton';
import { lastDocument } from '../common/lastDocument';

const PAGES: Array<{ page: string; title: string; render: (r: Route) => ReactNode; needsDoc?: boolean }> = [
  { page: 'library', title: '报告库', render: (r) => <LibraryPage route={r} /> },
  { page: 'reader', title: '报告阅读', render: (r) => <ReaderPage route={r} />, needsDoc: true },
  { page: 'compare', title: '指标对比', render: (r) => <ComparePage route={r} /> },
  { page: 'track', title: '目标追踪', render: (r) => <TrackPage route={r} /> },
  { page: 'tasks', title: '任务清单', render: (r) => <TasksPage route={r} />, needsDoc: true },
  { page: 'search', title: '全文检索', render: (r) => <SearchPage route={r} /> },
  { page: 'yoy', title: '年度对比', render: (r) => <YoyPage route={r} /> },
  { page: 'projects', title: '跨年项目', render: (r) => <ProjectsPage route={r} /> },
  { page: 'map', title: '地图', render: (r) => <MapPage route={r} /> },
  { page: 'audit', title: '复核记录', render: (r) => <AuditPage route={r} /> },
];

export function App() {
  const route = useRoute();
  const current = PAGES.find((p) => p.page === route.page);
  // The report of the reader or task list open now, else the one last opened: where those two links go.
  const opened = current?.needsDoc ? route.arg : null;
  const doc = opened ?? lastDocument.get();
  useEffect(() => {
    if (opened) lastDocument.set(opened);
  }, [opened]);
  useEffect(() => {
    document.title = `${current?.title ?? '页面不存在'} · 政府工作报告工作台`;
  }, [current]);

  return (
    <div className="app">
      <header className="top">
        <a className="brand" href={href('library')}>
          政府工作报告工作台
        </a>
        <nav aria-label="页面">
          {PAGES.map((p) => (
            <a key={p.page} href={href(p.page, p.needsDoc ? doc : null)} aria-current={p.page === route.page ? 'page' : undefined}>
              {p.title}
            </a>
          ))}
        </nav>
        <span className="spacer" />
        <a className="muted" href="/api/openapi.json" target="_blank" rel="noreferrer">
          API
        </a>
        <TokenButton />
      </header>
      <main className="page" data-page={route.page}>
        {current ? current.render(route) : <NotFound />}
      </main>
    </div>
  );
}

function NotFound() {
  return (
    <div className="empty">
      没有这个页面。<a href={href('library')}>回到报告库</a>
    </div>
  );
}
