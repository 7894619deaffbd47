package pages

import "strings"

// repoFile is the address of a file of the site's repository, seen with a
// GitHub action ("blob" to read it, "edit" to propose a change), or "" when
// the settings name no repository. The checks keep the branch and the
// slugs of file names safe in a URL path.
func (st *site) repoFile(action, file string) string {
	repo := strings.TrimSuffix(st.c.Site.RepoURL, "/")
	if repo == "" {
		return ""
	}
	branch := st.c.Site.RepoBranch
	if branch == "" {
		branch = "main"
	}
	return repo + "/" + action + "/" + branch + "/" + file
}
