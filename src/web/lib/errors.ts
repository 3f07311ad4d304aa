// The one place where what the server says goes wrong becomes Chinese. The API answers a refusal with
// `{error: "<field>: <reason>"}` (the field in the API's words: id, region, year …) and its status code; an
// upload adds one line per file that could not be read (`<file>: <reason>`). The workbench shows none of
// that English: it says in Chinese what was wrong by status, field and the kind of reason, and the original
// goes to the console for whoever debugs.

/** The API's fields in the workbench's words. */
const FIELDS: Record<string, string> = {
  id: '编号',
  region: '地区',
  level: '级别',
  within: '所属地区',
  year: '年份',
  indicator: '指标',
  measure: '度量',
  kind: '类型',
  q: '检索词',
  words: '词语',
  format: '格式',
  name: '文件名',
  file: '文件',
  limit: '条数',
  offset: '起始位置',
  top: '条数',
  section: '部分',
  action: '动作',
  quantified: '有无数量',
  value: '数值',
  low: '下限',
  high: '上限',
  qualifier: '限定词',
  note: '备注',
  min_years: '最少年数',
};

/** Reasons of a 400 or 404 that say more than "this field is wrong", as [pattern, Chinese]. */
const REASONS: Array<[RegExp, (m: RegExpMatchArray, field: string) => string]> = [
  [/^a document id \(16 hex digits\)/, () => '报告编号无效：链接中的编号应是 16 位十六进制数字，请从报告库打开报告'],
  [/^no such document/, () => '库中没有这份报告（可能已被删除，或链接有误）'],
  [/^no (fact|commitment) /, (m) => `库中没有这条${m[1] === 'fact' ? '事实' : '任务'}（可能报告已重新读取）`],
  [/^not a row id|^a row id/, () => '条目编号无效'],
  [/^(.+) names \d+ regions/, (m) => `“${m[1]}”对应多个地区，请用行政区划代码指明是哪一个`],
  [/^unknown region (.+)/, (m) => `库中没有这个地区：${m[1]}`],
  [/^unknown indicator (.+?)(?:; `|$)/, (m) => `没有这个指标：${m[1].split('; ').map((h) => h.replace(/ \(did you mean .*\)$/, '')).join('、')}（可在“指标”选择框中选取）`],
  [/^unknown qualifier/, () => '限定词无效'],
  [/^low is above high/, () => '下限高于上限'],
  [/must be a number/, (_m, f) => `${f}必须是数字`],
  [/^give a region/, () => '请选择一个地区，或选择级别和年份'],
  [/^give at least one word/, () => '请至少输入一个词'],
  [/^nothing to find/, () => '检索词里没有可以检索的字（引号会被去掉）'],
  [/^no such endpoint/, () => '服务器没有这个接口（工作台与服务器的版本可能不一致，请刷新页面）'],
  [/^a year|^Too (small|big)|expected number/, (_m, f) => (f === '年份' ? '年份无效：应是 1949 至 2100 年间的年份（如 2024 或 2010-2024）' : `${f}应是有效的数字`)],
];

/** What a failed request says, in Chinese. */
export function apiErrorText(status: number, raw: string): string {
  if (raw) console.info(`workreport API ${status}: ${raw}`);
  if (status === 0) return '网络错误：连不上服务器';
  if (status === 401) return '需要令牌：服务器不在本机时，修改需要启动时给出的令牌（点右上角“令牌”设置）';
  if (status === 413) return '内容超过服务器的大小上限';
  if (status === 503) return '报告库暂时无法读写（库文件损坏或磁盘已满）：什么也没有改动，请联系管理员查看服务器日志';
  if (status >= 500) return '服务器内部错误，请稍后再试或查看服务器日志';
  const m = /^([a-z_.]+): (.*)$/s.exec(raw);
  const field = m ? m[1].split('.')[0] : '';
  const reason = m ? m[2] : raw;
  const name = FIELDS[field] ?? '参数';
  for (const [re, text] of REASONS) {
    const hit = reason.match(re);
    if (hit) return text(hit, name);
  }
  if (status === 404) return '没有找到所要的内容';
  if (status === 415) return '请求的内容类型不对';
  return field ? `${name}的取值无效` : '请求无效';
}

/** Why a file of an upload could not be read (the reasons of src/text), in Chinese. */
const FILE_REASONS: Array<[RegExp, string]> = [
  [/too large|too much text|limit is|zip bomb|unpacks to/, '文件或其中的文字超过大小上限'],
  [/empty file|no text|has no text|only whitespace|empty text/, '文件里没有文字'],
  [/binary content/, '不是文本文件（含有二进制内容）'],
  [/not valid UTF-8|not valid GB18030|encoding|mojibake|misencoded|decode/i, '文字编码无法识别（请存为 UTF-8）'],
  [/legacy Word \.doc/, '不支持旧版 Word .doc 格式，请另存为 .docx'],
  [/\.docx/, '无法读取这个 .docx 文件'],
  [/PDF|text layer/, '无法读取这个 PDF 文件（或它只有扫描图像、没有文字层）'],
  [/HTML/, '网页中没有找到正文'],
  [/CSV|JSON|collection|text column/, '无法读取这个数据集文件（需要 jsonl 或 csv，并有正文列）'],
  [/cannot store/, '读取成功但无法存入报告库'],
];

/** One line of an upload's errors (`<file>[#row]: <reason>`), in Chinese with the file's name kept. */
export function fileErrorText(line: string): string {
  console.info(`workreport upload: ${line}`);
  const m = /^(.*?)(#\d+)?: (.*)$/s.exec(line);
  const file = m ? m[1] : '';
  const row = m?.[2] ? `第 ${m[2].slice(1)} 行` : '';
  const reason = m ? m[3] : line;
  const text = FILE_REASONS.find(([re]) => re.test(reason))?.[1] ?? '无法读取这个文件';
  return `${file}${row ? ` ${row}` : ''}${file || row ? '：' : ''}${text}`;
}
