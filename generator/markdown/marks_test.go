package markdown

import (
	"fmt"
	"strings"
	"testing"
)

var marksTests = []struct {
	name, src string
	message   string // "" when within MaxMarks
	at        string // line:col (in bytes) of the problem
}{
	{"at the limit", strings.Repeat("*a", MaxMarks), "", ""},
	{"past the limit", strings.Repeat("*a", MaxMarks+1), "129 of the marks * _ [ ] ` < in one paragraph; summaries have at most 128", "1:257"},
	{"counted to the end of the paragraph", strings.Repeat("[a]\n", 100) + "\nnext", "200 of the marks * _ [ ] ` < in one paragraph; summaries have at most 128", "65:1"},
	{"each paragraph on its own", strings.Repeat(strings.Repeat("_a ", MaxMarks)+"\n\n", 3), "", ""},
	{"blank lines with spaces and CRLF", strings.Repeat(strings.Repeat("`a", MaxMarks)+"\r\n \t\r\n", 3), "", ""},
	{"escaped marks are text", strings.Repeat(`\*\_\[\]\<`, MaxMarks), "", ""},
	{"a backslash before a letter escapes nothing", strings.Repeat(`\a*`, MaxMarks+1), "129 of the marks * _ [ ] ` < in one paragraph; summaries have at most 128", "1:387"},
	{"other punctuation is not a mark", strings.Repeat("a (b) ! c, d. & e | f ~ g # h", 200), "", ""},
}

func TestTooMarked(t *testing.T) {
	for _, tt := range marksTests {
		t.Run(tt.name, func(t *testing.T) {
			p, many := tooMarked([]byte(tt.src), MaxMarks)
			if !many {
				if tt.message != "" {
					t.Fatalf("nothing reported, want %q", tt.message)
				}
				return
			}
			if p.Message != tt.message {
				t.Errorf("message %q, want %q", p.Message, tt.message)
			}
			before := tt.src[:p.Offset]
			at := fmt.Sprintf("%d:%d", strings.Count(before, "\n")+1, len(before)-strings.LastIndexByte(before, '\n'))
			if at != tt.at {
				t.Errorf("at %s, want %s", at, tt.at)
			}
			if p.Hint == "" {
				t.Errorf("no hint")
			}
		})
	}
}
