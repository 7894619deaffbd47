package markdown

import "strings"

// FuzzSeeds are the summaries the fuzz tests of Check start from: plain
// prose in both scripts, a table, and each construct Check refuses,
// written plainly or hidden.
var FuzzSeeds = []string{
	"",
	"Le coût global est de **20 millions** de dirhams, sur la période 2026-2027.",
	"احتضن مقر عمالة إقليم الحسيمة حفل توقيع اتفاقية شراكة.\n\n- المجلس الإقليمي: 20 في المائة؛\n- الجماعات الترابية: 40 في المائة.",
	"| Partie | Part |\n|:--|--:|\n| Communes | 40 % |\n",
	"<div>x</div>\n\na <b>bold</b> ![img](x.png) [x](javascript:alert(1)) <vbscript:x>",
	"See [](javascript:alert(1)) and ![](x.png) and [**x**](data:x)",
	"[x][r]\n\n[r]: javascript:alert(1)\n",
	"[r]: javascript:alert(1)\n\n[r]",
	"> [a](<//evil.example>)\n>\n> <!-- c -->",
	"&lt;b&gt; &#93; \\] `<b>` ```\n<b>\n```",
	"    <div>indented</div>\n",
	strings.Repeat("- ", MaxDepth) + "> x",
	strings.Repeat("[a](b", MaxMarks/2) + "\n\n*a_",
}
