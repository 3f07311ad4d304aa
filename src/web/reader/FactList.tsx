// The side list of facts: targets, then results; a click scrolls the text to the fact and flashes it.
import { useState } from 'react';
import { useIndicatorName, useMeasureName } from '../lib/catalog';
import { figure, reviewLabel } from '../lib/labels';
import type { Fact as FactOut } from '../../model/api/index.js';
import { ordOf } from './segments';

export function FactList({ facts, selected, onGo }: { facts: FactOut[]; selected: string | null; onGo: (key: string) => void }) {
  const name = useIndicatorName();
  const measure = useMeasureName();
  const [headlineOnly, setHeadlineOnly] = useState(false);
  const groups: Array<[string, FactOut[]]> = [
    ['目标', facts.filter((f) => f.kind === 'target')],
    ['完成情况', facts.filter((f) => f.kind !== 'target')],
  ];
  return (
    <div className="facts" data-testid="fact-list">
      <div className="facts-head">
        <h2>事实 {facts.length}</h2>
        <label>
          <input type="checkbox" checked={headlineOnly} onChange={(e) => setHeadlineOnly(e.target.checked)} />
          只看主要指标
        </label>
      </div>
      {groups.map(([title, list]) => (
        <section key={title}>
          <h3>{title}</h3>
          <ul>
            {list
              .filter((f) => !headlineOnly || f.headline)
              .map((f) => {
                const key = `f${ordOf(f.id)}`;
                return (
                  <li key={f.id}>
                    <button
                      type="button"
                      className={`fact-item k-${f.kind}${selected === key ? ' on' : ''}${f.review === 'rejected' ? ' rejected' : ''}`}
                      data-fact-id={f.id}
                      data-indicator={f.indicator}
                      data-kind={f.kind}
                      data-headline={f.headline ? 'true' : undefined}
                      onClick={() => onGo(key)}
                      title={f.quote}
                    >
                      <span className="fi-name">
                        {name(f.indicator)}
                        <small>{measure(f.indicator, f.measure)}</small>
                      </span>
                      <span className="fi-value">{figure(f)}</span>
                      <span className="fi-tags">
                        {f.year ?? ''}
                        {f.headline && <em className="tag">主要</em>}
                        {f.stretch && <em className="tag">力争</em>}
                        {f.period && <em className="tag">{f.period}</em>}
                        {f.review && <em className={`tag r-${f.review}`}>{reviewLabel(f.review)}</em>}
                      </span>
                    </button>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
