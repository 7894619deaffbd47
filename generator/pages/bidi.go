package pages

import (
	"html/template"

	"atlas/generator/bidi"
)

// isolate escapes s and wraps every figure in <bdi>, so that figures never
// reorder inside Arabic text.
func isolate(s string) template.HTML { return isolateRuns(s, false) }

// isolateRuns is isolate that, when latin is set, also isolates runs of
// Latin words: on a right-to-left page their punctuation would jump sides.
func isolateRuns(s string, latin bool) template.HTML {
	return template.HTML(bidi.Isolate(s, latin, template.HTMLEscapeString))
}
