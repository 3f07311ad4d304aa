// What was clicked: a fact (indicator, measure, value, qualifier, quote, review state), a commitment or a
// project, with the review buttons for facts and commitments; other marks at the same place listed below.
import { useIndicatorName, useMeasureName } from '../lib/catalog';
import { KINDS, QUALIFIERS, figure, label, reviewLabel } from '../lib/labels';
import type { Commitment as CommitmentOut, DocumentDetail, Fact as FactOut, Project as ProjectOut } from '../../model/api/index.js';
import { ordOf } from './segments';
import { FactReview, CommitmentReview } from './Review';

export interface Selection {
  key: string;
  others: string[];
}

type Found = { kind: 'fact'; fact: FactOut } | { kind: 'commitment'; c: CommitmentOut } | { kind: 'project'; p: ProjectOut } | null;

function find(doc: DocumentDetail, key: string): Found {
  if (key.startsWith('f')) {
    const fact = doc.facts.find((f) => `f${ordOf(f.id)}` === key);
    return fact ? { kind: 'fact', fact } : null;
  }
  if (key.startsWith('c')) {
    const c = doc.commitments.find((x) => `c${ordOf(x.id)}` === key);
    return c ? { kind: 'commitment', c } : null;
  }
  const ord = key.slice(1).split('.')[0];
  const p = doc.projects.find((x) => ordOf(x.id) === ord);
  return p ? { kind: 'project', p } : null;
}

export function Detail({ doc, sel, onSelect, onClose, onChanged }: { doc: DocumentDetail; sel: Selection; onSelect: (key: string) => void; onClose: () => void; onChanged: () => void }) {
  const name = useIndicatorName();
  const found = find(doc, sel.key);
  const others = sel.others.map((k) => [k, find(doc, k)] as const).filter((x) => x[1] !== null);
  return (
    <section className="detail" data-testid="detail" aria-label="详情">
      <button type="button" className="close link" onClick={onClose} aria-label="关闭">
        ×
      </button>
      {found?.kind === 'fact' && <FactDetail f={found.fact} name={name} onChanged={onChanged} />}
      {found?.kind === 'commitment' && <CommitmentDetail c={found.c} onChanged={onChanged} />}
      {found?.kind === 'project' && <ProjectDetail p={found.p} />}
      {!found && <p className="muted">未找到。</p>}
      {others.length > 0 && (
        <div className="others">
          此处还有：
          {others.map(([k, o]) => (
            <button key={k} type="button" className="link" onClick={() => onSelect(k)}>
              {o!.kind === 'fact' ? `事实·${name(o!.fact.indicator)}` : o!.kind === 'commitment' ? `任务·${o!.c.action ?? o!.c.verb ?? ''}${o!.c.object ?? ''}`.slice(0, 24) : `项目·${o!.p.name}`}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function FactDetail({ f, name, onChanged }: { f: FactOut; name: (id: string) => string; onChanged: () => void }) {
  const measure = useMeasureName();
  return (
    <>
      <h2>
        {label(KINDS, f.kind)}·{name(f.indicator)}
      </h2>
      <dl className="props">
        <dt>指标</dt>
        <dd>
          {name(f.indicator)} <code>{f.indicator}</code>
        </dd>
        <dt>度量</dt>
        <dd>{measure(f.indicator, f.measure)}</dd>
        <dt>数值</dt>
        <dd data-testid="detail-value">{figure(f)}</dd>
        <dt>限定</dt>
        <dd>
          {label(QUALIFIERS, f.qualifier)}
          {f.stretch ? '（力争）' : ''}
        </dd>
        <dt>年份</dt>
        <dd>
          {f.year ?? '—'}
          {f.period ? `（${f.period}）` : ''}
          {f.headline ? ' · 主要指标' : ''}
        </dd>
        <dt>原文</dt>
        <dd className="quote">{f.quote}</dd>
        <dt>复核</dt>
        <dd data-testid="detail-review">{reviewLabel(f.review)}</dd>
      </dl>
      <FactReview key={f.id} fact={f} onChanged={onChanged} />
    </>
  );
}

function CommitmentDetail({ c, onChanged }: { c: CommitmentOut; onChanged: () => void }) {
  return (
    <>
      <h2>任务·{c.action ?? c.verb ?? ''}</h2>
      <dl className="props">
        <dt>所属</dt>
        <dd>{c.topic ?? '—'}</dd>
        <dt>动作</dt>
        <dd>
          {c.action ?? '—'}
          {c.verb && c.verb !== c.action ? `（原文：${c.verb}）` : ''}
        </dd>
        <dt>对象</dt>
        <dd>{c.object ?? '—'}</dd>
        <dt>数量</dt>
        <dd>{c.quantities.length ? c.quantities.map((q) => figure({ ...q, value: q.value })).join('；') : '未量化'}</dd>
        <dt>时限</dt>
        <dd>
          {c.deadline ?? '—'}
          {c.stretch ? '（力争）' : ''}
        </dd>
        {c.projects.length > 0 && (
          <>
            <dt>项目</dt>
            <dd>{c.projects.join('、')}</dd>
          </>
        )}
        <dt>原文</dt>
        <dd className="quote">{c.quote}</dd>
        <dt>复核</dt>
        <dd data-testid="detail-review">{reviewLabel(c.review)}</dd>
      </dl>
      <CommitmentReview key={c.id} c={c} onChanged={onChanged} />
    </>
  );
}

function ProjectDetail({ p }: { p: ProjectOut }) {
  const related = Array.isArray(p.related) ? (p.related as unknown[]).map(String) : [];
  const inv = p.investment && typeof p.investment === 'object' ? (p.investment as Parameters<typeof figure>[0]) : null;
  return (
    <>
      <h2>项目·{p.name}</h2>
      <dl className="props">
        <dt>阶段</dt>
        <dd>{p.stage ?? '—'}</dd>
        <dt>提及</dt>
        <dd>{p.mentions.length} 处</dd>
        {inv && (
          <>
            <dt>投资</dt>
            <dd>{figure(inv)}</dd>
          </>
        )}
        {related.length > 0 && (
          <>
            <dt>相关</dt>
            <dd>{related.join('、')}</dd>
          </>
        )}
      </dl>
    </>
  );
}
