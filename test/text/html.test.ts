import { describe, expect, it } from 'vitest';
import { htmlTitle, htmlToText } from '../../src/text/html.js';
import { GOV_PAGE } from './samples.js';

describe('htmlToText', () => {
  const text = htmlToText(GOV_PAGE);

  it('keeps the article and its heading', () => {
    expect(text.startsWith('2024年政府工作报告\n\n——2024年2月1日')).toBe(true);
    expect(text).toContain('各位代表：');
    expect(text).toContain('GDP总量实现1035.61亿元');
    expect(text).toContain('一、2023年工作回顾');
    expect(text).toContain('——2024年2月1日在防城港市第七届人民代表大会第五次会议上');
  });

  it('joins source line wraps inside a paragraph and keeps <br> as a line break', () => {
    expect(text).toContain('请予审议，并请市政协委员和列席会议的同志提出意见。');
    expect(text).toMatch(/增长6\.5%左右\n规模以上工业增加值/);
  });

  it('puts table cells of a row on one line', () => {
    expect(text).toMatch(/城镇新增就业 +1\.5万人/);
  });

  it('drops scripts, navigation, footer, aside and site chrome', () => {
    for (const junk of ['统计代码', '首页', '政务公开', '版权所有', '相关新闻', '字号', '下载 打印', '分享到', '扫一扫', '打印本页', '发布时间', '来源：', '当前位置', '门户网站'])
      expect(text).not.toContain(junk);
  });

  it('separates paragraphs by blank lines', () => {
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    expect(text).not.toMatch(/\n{3,}/);
  });

  it('falls back to the page body when there are no <p> paragraphs', () => {
    const t = htmlToText('<html><body><div>政府工作报告<br>各位代表：<br>现在，我代表市人民政府向大会报告工作。</div><div>下载 打印 全屏 收藏</div></body></html>');
    expect(t).toBe('政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。');
  });

  it('removes chrome rows around an article found by its paragraphs only', () => {
    const t = htmlToText(
      '<body><div class="x"><p>分享到：微信 微博</p></div><div class="y"><p>第一段，内容很长很长很长的政府工作报告正文。</p><p>第二段，也是正文内容。</p></div><div><p>【打印】【关闭】</p></div></body>',
    );
    expect(t).toBe('第一段，内容很长很长很长的政府工作报告正文。\n\n第二段，也是正文内容。');
  });

  it('reads the title', () => {
    expect(htmlTitle(GOV_PAGE)).toBe('2024年政府工作报告');
  });
});
