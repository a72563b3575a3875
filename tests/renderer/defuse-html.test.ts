import { describe, expect, it } from 'vitest';
import { defuseHtml } from '../../renderer/import/defuse-html';

describe('defuseHtml', () => {
  it('drops handlers, inline styles, active elements and <base>, keeping the text', () => {
    const page = `<html><head><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><meta property="og:title" content="Ferry fares"><style>body{background:url(https://evil.example/x)}</style><script>alert(1)</script></head>
      <body onload="alert(2)"><p style="color:red" class="lede" onclick="alert(3)">Fares rise &amp; <b>routes</b> close.</p><img src=x onerror="alert(4)"><iframe src="https://evil.example"><p>inside</p></iframe><svg><script>alert(5)</script></svg><a href="javascript:alert(6)">petition</a></body></html>`;
    const out = defuseHtml(page);
    expect(out).not.toMatch(/alert|evil\.example|onload|onclick|onerror|style|<base|<img|<iframe|<svg|<script|http-equiv|href/i);
    expect(out).toContain('<meta property="og:title" content="Ferry fares">');
    expect(out).toContain('<p class="lede">Fares rise &amp; <b>routes</b> close.</p>');
    expect(out).toContain('<a>petition</a>');
    expect(out).not.toContain('inside');
  });

  it('escapes what it writes back, so decoded text cannot become markup', () => {
    expect(defuseHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; "quoted"</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;</p>');
    expect(defuseHtml('<p title="a&quot; onmouseover=&quot;alert(1)">x</p>')).toBe('<p title="a&quot; onmouseover=&quot;alert(1)">x</p>');
  });
});
