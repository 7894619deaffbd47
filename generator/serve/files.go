package serve

import (
	"fmt"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"atlas/generator/pages"
)

// file answers a request for a path of the site, from memory only.
func (s *Server) file(w http.ResponseWriter, r *http.Request) {
	st := s.cur.Load()
	name, found, redirect := resolve(st.files, r.URL.Path)
	// The site changes under the reader: never keep an old answer.
	w.Header().Set("Cache-Control", "no-store")
	switch {
	case st.failed && (!found || path.Ext(name) == ".html"):
		// Assets keep loading from the last good build; anything a reader
		// would look at, a missing page included, shows the problems.
		send(w, http.StatusInternalServerError, "error.html", st.errorPage)
	case redirect != "":
		// Not permanent: the folder may become a page in the next build.
		http.Redirect(w, r, redirect, http.StatusFound)
	case found && path.Ext(name) == ".html":
		send(w, http.StatusOK, name, inject(st.files[name], st.id))
	case found && st.later[name] != nil:
		body, err := st.later[name].Bytes()
		if err != nil {
			http.Error(w, fmt.Sprintf("%s: %v", name, err), http.StatusInternalServerError)
			return
		}
		send(w, http.StatusOK, name, body)
	case found:
		send(w, http.StatusOK, name, st.files[name])
	default:
		name, body := notFound(st.files)
		if path.Ext(name) == ".html" {
			body = inject(body, st.id)
		}
		send(w, http.StatusNotFound, name, body)
	}
}

// resolve finds the file a URL path names. The path is cleaned as a rooted
// path first, so ".." cannot climb above the site, and only keys of files
// can come out: there is no file system to escape into. A folder asked
// without its final slash redirects to it, so that its page's relative
// links resolve.
func resolve(files map[string][]byte, urlPath string) (name string, found bool, redirect string) {
	name = strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" || strings.HasSuffix(urlPath, "/") {
		name = path.Join(name, "index.html")
	}
	if _, ok := files[name]; ok {
		return name, true, ""
	}
	if _, ok := files[path.Join(name, "index.html")]; ok {
		return name, false, "/" + name + "/"
	}
	return name, false, ""
}

// notFound is the site's own 404 page, or a line of text without one.
func notFound(files map[string][]byte) (name string, body []byte) {
	if page, ok := files[pages.NotFound]; ok {
		return pages.NotFound, page
	}
	return "404.txt", []byte("404 page not found\n")
}

func send(w http.ResponseWriter, code int, name string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType(name, body))
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	w.Write(body)
}

func contentType(name string, body []byte) string {
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return http.DetectContentType(body)
}
