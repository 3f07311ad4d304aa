// A person's follow-up status for one commitment (已完成 / 有进展 / 未见回应): confirm the matcher's or set another,
// with the reviewer's name (kept in this browser) and an optional note; the server keeps it in the audit trail
// (POST /api/commitments/{id}/status) and every later view shows it, through reindex too.
import { useState } from 'react';
import { api, read } from '../lib/api';
import type { FollowUpItem, FollowUpStatus, StatusReview as Review } from '../../model/api/index.js';

const STATUSES: FollowUpStatus[] = ['已完成', '有进展', '未见回应'];
const REVIEWER_KEY = 'workreport.reviewer';

/** The reviewer's name, typed once for the page and kept in this browser. */
export function ReviewerName() {
  const [name, setName] = useState(() => localStorage.getItem(REVIEWER_KEY) ?? '');
  return (
    <input
      value={name}
      maxLength={80}
      aria-label="审核人"
      placeholder="审核人（可选）"
      onChange={(e) => {
        setName(e.target.value);
        localStorage.setItem(REVIEWER_KEY, e.target.value);
      }}
    />
  );
}

/** What a review says beside the status: who confirmed or corrected it, and when. */
const reviewLabel = (r: Review): string =>
  `${r.action === 'confirm' ? '已人工确认' : `已人工更正（原：${r.matched}）`}${r.author ? ` · ${r.author}` : ''} · ${r.at.slice(0, 10)}`;

export function StatusReview({ item }: { item: FollowUpItem }) {
  const [review, setReview] = useState<Review | null>(item.review);
  const [choice, setChoice] = useState<FollowUpStatus>(item.status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const matched = item.review?.matched ?? item.status;
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const author = localStorage.getItem(REVIEWER_KEY)?.trim() || null;
      const c = await read(api.commitments[':id'].status.$post({ param: { id: item.commitment_id }, json: { status: choice, author } }));
      setReview({ status: choice, matched, action: c.action === 'confirm' ? 'confirm' : 'edit', author: c.author, note: c.note, at: c.created_at, correction_id: c.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="fu-review" data-testid="status-review" data-reviewed={review ? review.status : ''}>
      {review && <small className="fu-reviewed">{reviewLabel(review)}</small>}
      <select value={choice} onChange={(e) => setChoice(e.target.value as FollowUpStatus)} aria-label="落实情况" disabled={busy}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy} onClick={() => void send()}>
        {choice === matched ? '确认' : '更正'}
      </button>
      {error && (
        <small className="error" role="status">
          {error}
        </small>
      )}
    </span>
  );
}
