// The report's parts as a table of contents (parts and their sections), each scrolling the text to its start.
import { PARTS, label } from '../lib/labels';
import type { Section } from '../../model/api/index.js';

export function Toc({ sections, onGo }: { sections: Section[]; onGo: (offset: number) => void }) {
  const shown = sections.filter((s) => s.level <= 2 && (s.title || s.level === 1));
  return (
    <nav className="toc">
      <h2>目录</h2>
      <ol>
        {shown.map((s) => (
          <li key={s.ord} className={`lvl${s.level}`}>
            <button type="button" className="link" onClick={() => onGo(s.span[0])} title={label(PARTS, s.kind)}>
              {s.marker ?? ''}
              {s.title || label(PARTS, s.kind)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
