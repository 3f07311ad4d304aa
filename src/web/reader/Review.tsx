// The review of one fact or commitment: 确认 / 修改 / 否决 with an optional note. A fact's edit changes its
// value (or range), qualifier and indicator; a commitment's its action, object and deadline.
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, read } from '../lib/api';
import { useIndicators } from '../lib/catalog';
import { errorText } from '../lib/useApi';
import { ACTIONS, QUALIFIERS, REVIEW_ACTIONS, asQualifier } from '../lib/labels';
import type { Commitment, CommitmentReviewBody, Fact, FactReviewBody } from '../../model/api/index.js';

/** Sends a review (`post`: the route's typed call) and says how it went. */
function useReview<B extends FactReviewBody | CommitmentReviewBody>(post: (body: B) => Promise<unknown>, onChanged: () => void) {
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const send = async (body: B) => {
    setBusy(true);
    setMsg(null);
    try {
      await post(body);
      setMsg({ ok: true, text: `已${REVIEW_ACTIONS[body.action]}，已记入复核记录` });
      onChanged();
      return true;
    } catch (e) {
      setMsg({ ok: false, text: `出错：${errorText(e)}` });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, msg, send };
}

function Shell({ busy, msg, editing, setEditing, onAction, note, setNote, children, onSave }: {
  busy: boolean;
  msg: { ok: boolean; text: string } | null;
  editing: boolean;
  setEditing: (v: boolean) => void;
  onAction: (a: 'confirm' | 'reject') => void;
  note: string;
  setNote: (v: string) => void;
  children: ReactNode;
  onSave: (e: FormEvent) => void;
}) {
  return (
    <div className="review" data-testid="review">
      <label className="note">
        <span>备注（可选）</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} placeholder="为什么这样改" />
      </label>
      <div className="buttons">
        <button type="button" disabled={busy} onClick={() => onAction('confirm')}>
          确认
        </button>
        <button type="button" disabled={busy} aria-expanded={editing} onClick={() => setEditing(!editing)}>
          修改
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => onAction('reject')}>
          否决
        </button>
      </div>
      {editing && (
        <form className="edit" onSubmit={onSave}>
          {children}
          <button type="submit" disabled={busy}>
            保存修改
          </button>
        </form>
      )}
      {msg && (
        <p className={msg.ok ? 'ok' : 'error'} role="status">
          {msg.text}
        </p>
      )}
    </div>
  );
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

export function FactReview({ fact, onChanged }: { fact: Fact; onChanged: () => void }) {
  const r = useReview((json: FactReviewBody) => read(api.facts[':id'].review.$post({ param: { id: fact.id }, json })), onChanged);
  const indicators = useIndicators();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [qualifier, setQualifier] = useState(fact.qualifier ?? 'exact');
  const [value, setValue] = useState(String(fact.value ?? fact.low ?? ''));
  const [low, setLow] = useState(String(fact.low ?? ''));
  const [high, setHigh] = useState(String(fact.high ?? ''));
  const [indicator, setIndicator] = useState(fact.indicator);
  const [invalid, setInvalid] = useState<string | null>(null);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const edit: NonNullable<FactReviewBody['edit']> = {};
    if (qualifier === 'range') {
      const a = num(low);
      const b = num(high);
      if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || a > b) return setInvalid('区间需要两个数，下限不大于上限');
      edit.low = a;
      edit.high = b;
    } else {
      const v = num(value);
      if (v !== null && !Number.isFinite(v)) return setInvalid('数值需要是数字');
      edit.value = v;
    }
    setInvalid(null);
    if (qualifier !== fact.qualifier) edit.qualifier = asQualifier(qualifier);
    if (indicator !== fact.indicator) edit.indicator = indicator;
    void r.send({ action: 'edit', edit, note: note || null }).then((ok) => ok && setEditing(false));
  };

  return (
    <Shell busy={r.busy} msg={invalid ? { ok: false, text: invalid } : r.msg} editing={editing} setEditing={setEditing} onAction={(a) => void r.send({ action: a, note: note || null })} note={note} setNote={setNote} onSave={save}>
      <label>
        <span>限定</span>
        <select value={qualifier} onChange={(e) => setQualifier(e.target.value)} aria-label="限定">
          {Object.entries(QUALIFIERS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {qualifier === 'range' ? (
        <label>
          <span>区间</span>
          <input inputMode="decimal" value={low} onChange={(e) => setLow(e.target.value)} aria-label="下限" size={6} />–
          <input inputMode="decimal" value={high} onChange={(e) => setHigh(e.target.value)} aria-label="上限" size={6} />
          {fact.unit ?? ''}
        </label>
      ) : (
        <label>
          <span>数值</span>
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-label="数值" size={8} />
          {fact.unit ?? ''}
        </label>
      )}
      <label>
        <span>指标</span>
        <select value={indicator} onChange={(e) => setIndicator(e.target.value)} aria-label="指标">
          {!indicators.some((i) => i.id === indicator) && <option value={indicator}>{indicator}</option>}
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}（{i.id}）
            </option>
          ))}
        </select>
      </label>
    </Shell>
  );
}

export function CommitmentReview({ c, onChanged }: { c: Commitment; onChanged: () => void }) {
  const r = useReview((json: CommitmentReviewBody) => read(api.commitments[':id'].review.$post({ param: { id: c.id }, json })), onChanged);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [action, setAction] = useState(c.action ?? '');
  const [object, setObject] = useState(c.object ?? '');
  const [deadline, setDeadline] = useState(c.deadline ?? '');
  const save = (e: FormEvent) => {
    e.preventDefault();
    void r.send({ action: 'edit', edit: { action: action || null, object: object.trim() || null, deadline: deadline.trim() || null }, note: note || null }).then((ok) => ok && setEditing(false));
  };
  return (
    <Shell busy={r.busy} msg={r.msg} editing={editing} setEditing={setEditing} onAction={(a) => void r.send({ action: a, note: note || null })} note={note} setNote={setNote} onSave={save}>
      <label>
        <span>动作</span>
        <select value={action} onChange={(e) => setAction(e.target.value)} aria-label="动作">
          <option value="">（无）</option>
          {!ACTIONS.includes(action) && action && <option value={action}>{action}</option>}
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>对象</span>
        <input value={object} onChange={(e) => setObject(e.target.value)} maxLength={200} aria-label="对象" />
      </label>
      <label>
        <span>时限</span>
        <input value={deadline} onChange={(e) => setDeadline(e.target.value)} maxLength={40} aria-label="时限" placeholder="年内、2024年底前…" />
      </label>
    </Shell>
  );
}
