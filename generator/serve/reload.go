package serve

import (
	"bytes"
	"fmt"
	"net/http"
)

// eventsPath is reserved by the server; the site has no folder named _atlas.
const eventsPath = "/_atlas/events"

// script reloads the page when the server announces a build other than the
// one the page came from. The event source reconnects by itself, and the
// server announces its current build on every connection, so a page left
// open while the server restarted reloads too.
func script(id string) []byte {
	return fmt.Appendf(nil, `<script>(function(){var b=%q,e=new EventSource(%q);e.onmessage=function(m){if(m.data!==b){e.close();location.reload()}}})()</script>`, id, eventsPath)
}

// inject puts the reload script at the end of a page's body.
func inject(page []byte, id string) []byte {
	s := script(id)
	at := bytes.LastIndex(page, []byte("</body>"))
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(s))
	out = append(out, page[:at]...)
	out = append(out, s...)
	return append(out, page[at:]...)
}

// events streams the id of the current build, then of each new one, until
// the client leaves or the server stops.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	rc := http.NewResponseController(w)
	// Reconnect quickly: the server is often restarted while pages stay open.
	fmt.Fprint(w, "retry: 500\n\n")
	for {
		st := s.cur.Load()
		fmt.Fprintf(w, "data: %s\n\n", st.id)
		if err := rc.Flush(); err != nil {
			return
		}
		select {
		case <-st.next:
		case <-r.Context().Done():
			return
		}
	}
}
