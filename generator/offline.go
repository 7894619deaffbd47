package generator

import (
	"io"
	"time"

	"atlas/generator/content"
	"atlas/generator/plan"
	"atlas/generator/render"
	"atlas/generator/write"
)

// runWithCopy encodes every output of the job into sink and writes the
// offline copy beside them, in three steps: the outputs the site and the
// copy share go to both at once; the copy's own home and methodology
// pages go into it; once the copy is written and its size known, the
// site's home and methodology pages, which link to it with that size.
func (j *Job) runWithCopy(sink write.Sink) error {
	shared, site, inside := plan.Offline(j.Plan)
	arch, err := write.NewArchive(archiveTime(j.Stamp))
	if err != nil {
		return err
	}
	defer arch.Close()
	if err := render.Run(shared, j.Encoders, write.Minify(write.Tee(sink, arch))); err != nil {
		return err
	}
	if err := render.Run(inside, j.Encoders, write.Minify(arch)); err != nil {
		return err
	}
	size, err := write.Stream(sink, plan.Archive, func(w io.Writer) (int64, error) { return arch.WriteTo(w) })
	if err != nil {
		return err
	}
	for i := range site {
		site[i].Offline.Size = size
	}
	return render.Run(site, j.Encoders, write.Minify(sink))
}

// archiveTime is the modification time of every file in the copy: the
// date of the content, so that the same content makes the same bytes.
func archiveTime(d content.Date) time.Time {
	if d.IsZero() {
		return time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC) // the earliest a zip can say
	}
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}
