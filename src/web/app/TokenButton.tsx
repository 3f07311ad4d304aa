// The write token (needed when the server listens beyond localhost): kept in this browser, sent on changes.
import { useState } from 'react';
import { getToken, setToken } from '../lib/api';

export function TokenButton() {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(getToken());
  const has = getToken() !== '';
  return (
    <span className="token">
      <button type="button" className="link" onClick={() => setOpen(!open)} title="服务器不在本机时，修改需要启动时给出的令牌">
        {has ? '令牌已设置' : '令牌'}
      </button>
      {open && (
        <form
          className="token-form"
          onSubmit={(e) => {
            e.preventDefault();
            setToken(value.trim());
            setOpen(false);
          }}
        >
          <input type="password" value={value} onChange={(e) => setValue(e.target.value)} placeholder="workreport serve 打印的令牌" aria-label="令牌" />
          <button type="submit">保存</button>
        </form>
      )}
    </span>
  );
}
