// Sample inputs shared by the text-stage tests.

export const GOV_PAGE = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>2024年政府工作报告_防城港市人民政府门户网站</title>
<style>.zoom{font-size:16px}</style><script>var _hmt = _hmt || []; document.write("统计代码");</script></head>
<body>
<div class="header"><div class="logo">防城港市人民政府门户网站</div>
<nav><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/hdjl">互动交流</a></nav></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="main">
  <h1 class="title">2024年政府工作报告</h1>
  <div class="info">来源：防城港市人民政府办公室　发布时间：2024-02-05 10:12　浏览次数：1234</div>
  <div class="tools">【字号：<a>加大</a> <a>还原</a> <a>减小</a>】</div>
  <div class="tools2">下载 打印 全屏 收藏</div>
  <div id="zoom" class="TRS_Editor">
    <p style="text-align:center">——2024年2月1日在防城港市第七届人民代表大会第五次会议上</p>
    <p style="text-align:center">市长　黄　江</p>
    <p>各位代表：</p>
    <p>　　现在，我代表市人民政府，向大会报告政府工作，请予审议，
    并请市政协委员和列席会议的同志提出意见。</p>
    <p><strong>一、2023年工作回顾</strong></p>
    <p>　　GDP总量实现1035.61亿元，首次突破1000亿元大关，增长８．６％，增速排全区第一。</p>
    <p>主要预期目标是：地区生产总值增长6.5%左右<br>规模以上工业增加值增长8%左右。</p>
    <table><tr><td>指标</td><td>目标</td></tr><tr><td>城镇新增就业</td><td>1.5万人</td></tr></table>
  </div>
  <div class="share">分享到：<a>微信</a><a>微博</a></div>
  <div class="qr">扫一扫在手机打开当前页</div>
  <div class="bottom-tools">打印本页 关闭窗口</div>
</div>
<aside><ul><li><a>相关新闻：2023年政府工作报告解读文章一篇很长的标题</a></li></ul></aside>
<footer><p>主办：防城港市人民政府办公室 版权所有 桂ICP备12345678号</p></footer>
</body></html>`;
